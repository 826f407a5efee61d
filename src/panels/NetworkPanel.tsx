import { Panel } from './Panel';

/** Placeholder: being built. */
export function NetworkPanel() {
  return (
    <Panel id="network" title="panel.network">
      {null}
    </Panel>
  );
}
