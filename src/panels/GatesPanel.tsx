/** Placeholder: being built. */
export function GatesPanel() {
  return null;
}
