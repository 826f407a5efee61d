// Runs Vitest then Playwright, then prints `tests: N passed, N failed` as the last line.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { summarize } from './summary.mjs';

rmSync('reports', { recursive: true, force: true });

const run = (args) => spawnSync('npx', args, { stdio: 'inherit' });
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
