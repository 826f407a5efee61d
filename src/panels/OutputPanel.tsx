import { Panel } from './Panel';

/** Placeholder: being built. */
export function OutputPanel() {
  return (
    <Panel id="output" title="panel.output">
      {null}
    </Panel>
  );
}
