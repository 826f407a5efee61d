/** Placeholder: being built. */
export function GradientFlowPanel() {
  return null;
}
