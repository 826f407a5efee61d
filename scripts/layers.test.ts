// The layer rules in biome.json are lint errors: a deliberate violation in a scratch copy fails the lint.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(__dirname, '..');
const scratch = mkdtempSync(join(tmpdir(), 'unrolled-layers-'));
copyFileSync(join(root, 'biome.json'), join(scratch, 'biome.json'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Lints one file at `path` (inside the scratch project) and returns the restricted-import messages. */
function restricted(path: string, source: string): string[] {
  const file = join(scratch, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, source);
  const biome = join(root, 'node_modules', '.bin', 'biome');
  const r = spawnSync(biome, ['lint', '--only=style/noRestrictedImports', '--reporter=json', path], {
    cwd: scratch,
    encoding: 'utf8',
  });
  const out = JSON.parse(r.stdout) as { diagnostics: { category: string; message: string }[] };
  return out.diagnostics.filter((d) => d.category === 'lint/style/noRestrictedImports').map((d) => d.message);
}

describe('layer rules (biome noRestrictedImports)', () => {
  it('refuse an engine module that imports the store, a panel or React', () => {
    const src = [
      "import { useLesson } from '../store';",
      "import { App } from '../App';",
      "import { useState } from 'react';",
      'export const x = [useLesson, App, useState];',
    ].join('\n');
    expect(restricted('src/engine/bad.ts', src)).toHaveLength(3);
  });
  it('let an engine module import the engine', () => {
    const src =
      "import { dot } from './linalg';\nimport { CELL_TYPES } from '../model';\nexport const x = [dot, CELL_TYPES];\n";
    expect(restricted('src/engine/cells/ok.ts', src)).toEqual([]);
  });
  it('refuse a store module that imports a panel or a chart', () => {
    const src =
      "import { NetworkPanel } from '../panels/NetworkPanel';\nimport { createBars } from '../charts/bars';\nexport const x = [NetworkPanel, createBars];\n";
    expect(restricted('src/store/bad.ts', src)).toHaveLength(2);
  });
  it('refuse a store module that imports the training path (it belongs in the worker)', () => {
    const src =
      "import { createTrainer } from '../engine/train';\nimport { runSlice } from '../worker/loop';\nexport const x = [createTrainer, runSlice];\n";
    expect(restricted('src/store/bad2.ts', src)).toHaveLength(2);
  });
  it('let the store import the lab’s pure math', () => {
    const src = "import { DEPTH_MAX } from '../lab/math/depth';\nexport const x = DEPTH_MAX;\n";
    expect(restricted('src/store/ok.ts', src)).toEqual([]);
  });
  it('refuse a chart that imports React, the store or a panel', () => {
    const src = [
      "import { useEffect } from 'react';",
      "import { useLesson } from '../store';",
      "import { selectPass } from '../store/selectors';",
      "import { setHover } from '../panels/chartActions';",
      'export const x = [useEffect, useLesson, selectPass, setHover];',
    ].join('\n');
    expect(restricted('src/charts/bad.ts', src)).toHaveLength(4);
  });
  it('let a chart import the engine, the moment model and other charts', () => {
    const src = [
      "import { forwardReached } from '../../store/cursor';",
      "import type { Trace } from '../../engine/trace';",
      "import { divergingPixel } from '../colors';",
      'export const x = [forwardReached, divergingPixel] as unknown as Trace;',
    ].join('\n');
    expect(restricted('src/charts/network/ok.ts', src)).toEqual([]);
  });
});
