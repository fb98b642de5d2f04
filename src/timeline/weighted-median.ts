/**
 * The weighted median: the value where half of the total weight lies on either side, so that one
 * inflated claim of a low-weight source cannot pull the estimate as a mean would. When the
 * cumulative weight reaches exactly one half, the two middle values are averaged.
 */
export interface Weighted {
  readonly value: number;
  readonly weight: number;
}

/** The order the median is read in: by value, then by weight. */
export const byValueThenWeight = (a: Weighted, b: Weighted): number => a.value - b.value || a.weight - b.weight;

export const weightedMedian = (items: readonly Weighted[]): number => {
  if (items.length === 0) return Number.NaN;
  return weightedMedianOfSorted([...items].sort(byValueThenWeight));
};

/** The weighted median of items already in `byValueThenWeight` order. */
export const weightedMedianOfSorted = (sorted: readonly Weighted[]): number => {
  if (sorted.length === 0) return Number.NaN;
  const total = sorted.reduce((s, x) => s + x.weight, 0);
  if (total <= 0) return sorted[(sorted.length - 1) >> 1]!.value;
  const half = total / 2;
  let acc = 0;
  for (let i = 0; i < sorted.length; i++) {
    acc += sorted[i]!.weight;
    if (Math.abs(acc - half) <= 1e-9 * total && i + 1 < sorted.length) return (sorted[i]!.value + sorted[i + 1]!.value) / 2;
    if (acc >= half) return sorted[i]!.value;
  }
  return sorted[sorted.length - 1]!.value;
};
