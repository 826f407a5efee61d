/** Placeholder: being built. */
export function HiddenStatePanel() {
  return null;
}
