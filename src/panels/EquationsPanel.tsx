import { Panel } from './Panel';

/** Placeholder: being built. */
export function EquationsPanel() {
  return (
    <Panel id="equations" title="panel.equations">
      {null}
    </Panel>
  );
}
