/**
 * Trusted Types (the shipped CSP says `require-trusted-types-for 'script'`, docs/security.md):
 * - `unrolled-katex` turns KaTeX's output into TrustedHTML for the Equations panel, the app's only HTML
 *   sink. Its TeX is built by the app, with every character of the user's text escaped
 *   (panels/equations/tex.ts), and KaTeX escapes what it typesets, so its HTML is trusted as it is.
 * - `default` lets same-origin and blob: script URLs through (the training worker, the service
 *   worker) and refuses every other string an HTML or script sink is given.
 * Browsers without Trusted Types get plain strings and no policy.
 */
interface TrustedTypesLike {
  createPolicy(
    name: string,
    rules: {
      createHTML?: (s: string) => string | null;
      createScript?: (s: string) => string | null;
      createScriptURL?: (s: string) => string | null;
    },
  ): { createHTML(s: string): unknown };
}

const tt = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes;

function sameOriginScript(s: string): string | null {
  try {
    const u = new URL(s, document.baseURI);
    return u.protocol === 'blob:' || u.origin === location.origin ? s : null;
  } catch {
    return null;
  }
}

let katexPolicy: { createHTML(s: string): unknown } | null = null;
if (tt) {
  try {
    katexPolicy = tt.createPolicy('unrolled-katex', { createHTML: (s) => s });
    tt.createPolicy('default', {
      createHTML: () => null,
      createScript: () => null,
      createScriptURL: sameOriginScript,
    });
  } catch {
    // a policy of that name exists already (hot reload) or policies are restricted: plain strings
  }
}

/**
 * The same TrustedHTML object for the same string (React compares `__html` by identity: a new object
 * on every render would set innerHTML again on every step). Bounded, oldest out first.
 */
const made = new Map<string, unknown>();
const MADE_MAX = 512;

/** KaTeX's HTML as what `dangerouslySetInnerHTML` may take under Trusted Types (a string elsewhere). */
export function trustedTex(html: string): string {
  if (!katexPolicy) return html;
  let t = made.get(html);
  if (t === undefined) {
    t = katexPolicy.createHTML(html);
    if (made.size >= MADE_MAX) made.delete(made.keys().next().value as string);
    made.set(html, t);
  }
  return t as string;
}
