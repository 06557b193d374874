// The summary figures the benchmarks print.

/**
 * The q-quantile of `xs` (0 ≤ q ≤ 1) by the nearest-rank rule: the value below which a fraction q of the samples
 * lie, always one of the samples (no interpolation); NaN for no samples.
 */
export function quantile(xs: readonly number[], q: number): number {
  if (xs.length === 0) return NaN;
  return [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))];
}

export const ms = (x: number) => `${x.toFixed(0)} ms`;

export const megabytes = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
