/** Placeholder: being built. */
export function LossPanel() {
  return null;
}
