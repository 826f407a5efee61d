/** Placeholder: the activation lab is being built. */
export function ActivationLab() {
  return null;
}
