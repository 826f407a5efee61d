import { Panel } from './Panel';

/** Placeholder: being built. */
export function UpdatePanel() {
  return (
    <Panel id="update" title="panel.update">
      {null}
    </Panel>
  );
}
