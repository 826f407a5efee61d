import { describe, expect, it } from 'vitest';
import { summarize } from './summary.mjs';

const vitest = (passed: number, failed: number, pending = 0) =>
  JSON.stringify({
    numPassedTests: passed,
    numFailedTests: failed,
    numPendingTests: pending,
    success: !failed,
  });
const playwright = (expected: number, unexpected: number, skipped = 0) =>
  JSON.stringify({ stats: { expected, unexpected, flaky: 0, skipped }, errors: [] });

describe('summarize', () => {
  it('adds up both reports when every test passed', () => {
    const r = summarize({ vitest: vitest(12, 0), playwright: playwright(3, 0) });
    expect(r).toMatchObject({ passed: 15, failed: 0, skipped: 0, ok: true, problems: [] });
    expect(r.line).toBe('tests: 15 passed, 0 failed');
  });

  it('appends the skipped count only when something was skipped', () => {
    const r = summarize({ vitest: vitest(4, 0, 2), playwright: playwright(1, 0, 1) });
    expect(r.line).toBe('tests: 5 passed, 0 failed, 3 skipped');
    expect(r.ok).toBe(true);
  });

  it('counts a missing report as one failure and names it', () => {
    const r = summarize({ vitest: vitest(7, 0), playwright: undefined });
    expect(r.problems).toEqual(['playwright report is missing']);
    expect(r.line).toBe('tests: 7 passed, 1 failed');
    expect(r.ok).toBe(false);
  });

  it('counts an unreadable report as one failure', () => {
    const r = summarize({ vitest: '{not json', playwright: playwright(2, 0) });
    expect(r.problems).toEqual(['vitest report is unreadable']);
    expect(r.line).toBe('tests: 2 passed, 1 failed');
  });

  it('reports failures from one runner while keeping the other runner passes', () => {
    const r = summarize({ vitest: vitest(10, 2), playwright: playwright(3, 1) });
    expect(r.line).toBe('tests: 13 passed, 3 failed');
    expect(r.ok).toBe(false);
  });

  it('fails when no tests ran at all', () => {
    const r = summarize({ vitest: vitest(0, 0), playwright: playwright(0, 0) });
    expect(r.problems).toEqual(['no tests ran']);
    expect(r.line).toBe('tests: 0 passed, 0 failed');
    expect(r.ok).toBe(false);
  });

  it('counts a Playwright error outside tests, such as a web server that would not start', () => {
    const report = JSON.stringify({
      stats: { expected: 0, unexpected: 0 },
      errors: [{ message: 'boom\nstack' }],
    });
    const r = summarize({ vitest: vitest(1, 0), playwright: report });
    expect(r.problems).toEqual(['playwright error: boom']);
    expect(r.line).toBe('tests: 1 passed, 1 failed');
  });
});
