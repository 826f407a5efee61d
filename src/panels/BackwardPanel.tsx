import { Panel } from './Panel';

/** Placeholder: being built. */
export function BackwardPanel() {
  return (
    <Panel id="backward" title="panel.backward">
      {null}
    </Panel>
  );
}
