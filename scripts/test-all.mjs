// Runs Vitest then Playwright, then prints `tests: N passed, N failed` as the last line.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { freePort } from './free-port.mjs';
import { summarize } from './summary.mjs';

rmSync('reports', { recursive: true, force: true });

// Playwright starts its own preview server on a port nobody else listens on (never reuses one)
const port = process.env.E2E_PORT ?? String(await freePort());
const run = (args) => spawnSync('npx', args, { stdio: 'inherit', env: { ...process.env, E2E_PORT: port } });
run(['vitest', 'run', ...(process.env.CI ? ['--no-color'] : [])]);
run(['playwright', 'test']);

const read = (path) => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
};
const result = summarize({
  vitest: read('reports/vitest.json'),
  playwright: read('reports/playwright.json'),
});
for (const p of result.problems) console.log(`problem: ${p}`);
console.log(result.line);
process.exit(result.ok ? 0 : 1);
