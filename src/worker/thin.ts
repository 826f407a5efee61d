/** Thinning of a loss curve, shared by the worker and the page (which must not load the training path). */

/** Keeps the points that lie on the stride: the page thins its curve with this too. */
export function thin<T extends { x: number }>(points: readonly T[], stride: number): T[] {
  return points.filter((p) => p.x % stride === 0);
}
