/**
 * A memo of the last few results, by arguments (each compared with Object.is). Store selectors that build
 * an object use it to return the same object while their inputs stay: panels read the store at two
 * cursors during a step (the store's and the late one, store/late.ts), so a memo of one result would
 * flip between them and hand React a new object on every read.
 */
export function recent<A extends readonly unknown[], V>(size: number, compute: (...args: A) => V) {
  const entries: { args: A; value: V }[] = [];
  return (...args: A): V => {
    const hit = entries.find((e) => e.args.every((a, i) => Object.is(a, args[i])));
    if (hit) return hit.value;
    const value = compute(...args);
    entries.unshift({ args, value });
    if (entries.length > size) entries.pop();
    return value;
  };
}
