// Pure helpers that turn the Vitest and Playwright JSON reports into one summary line.

/** @typedef {{ passed: number, failed: number, skipped: number, problems: string[] }} Counts */

/** @param {string | undefined} text @param {string} name @returns {any} */
function parse(text, name) {
  if (text === undefined) throw new Error(`${name} report is missing`);
  try {
    return JSON.parse(text);
  } catch {
    throw new Error(`${name} report is unreadable`);
  }
}

/** @param {any} r @returns {Counts} */
function fromVitest(r) {
  const c = {
    passed: r.numPassedTests ?? 0,
    failed: r.numFailedTests ?? 0,
    skipped: (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0),
    problems: /** @type {string[]} */ ([]),
  };
  if (r.success === false && c.failed === 0)
    c.problems.push('vitest failed outside any test (a file failed to load?)');
  return c;
}

/** @param {any} r @returns {Counts} */
function fromPlaywright(r) {
  const s = r.stats ?? {};
  const c = {
    passed: s.expected ?? 0,
    failed: (s.unexpected ?? 0) + (s.flaky ?? 0),
    skipped: s.skipped ?? 0,
    problems: /** @type {string[]} */ ([]),
  };
  for (const e of r.errors ?? [])
    c.problems.push(`playwright error: ${String(e.message ?? e).split('\n')[0]}`);
  return c;
}

/**
 * @param {{ vitest?: string, playwright?: string }} reports raw JSON text of each report (undefined if missing)
 * @returns {Counts & { ok: boolean, line: string }}
 */
export function summarize(reports) {
  const total = { passed: 0, failed: 0, skipped: 0, problems: /** @type {string[]} */ ([]) };
  for (const [name, read] of /** @type {const} */ ([
    ['vitest', fromVitest],
    ['playwright', fromPlaywright],
  ])) {
    let c;
    try {
      c = read(parse(reports[name], name));
    } catch (e) {
      c = { passed: 0, failed: 0, skipped: 0, problems: [/** @type {Error} */ (e).message] };
    }
    total.passed += c.passed;
    total.failed += c.failed + c.problems.length;
    total.skipped += c.skipped;
    total.problems.push(...c.problems);
  }
  if (total.passed + total.failed === 0) total.problems.push('no tests ran');
  const skipped = total.skipped > 0 ? `, ${total.skipped} skipped` : '';
  const line = `tests: ${total.passed} passed, ${total.failed} failed${skipped}`;
  return { ...total, ok: total.failed === 0 && total.problems.length === 0, line };
}
