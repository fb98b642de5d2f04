/**
 * Weighted isotonic regression by pool-adjacent-violators: the non-decreasing sequence closest to
 * the observations in weighted absolute error. Used for running totals, which cannot go down:
 * observations that fall are pooled with their neighbours rather than dropped. A pooled block
 * takes the weighted median of its observations, so one inflated low-weight figure cannot drag a
 * monitor's figure the way a mean would.
 */
import { mergeSorted } from "../reconcile/order.js";
import { byValueThenWeight, weightedMedianOfSorted, type Weighted } from "./weighted-median.js";

export const isotonic = (values: readonly number[], weights: readonly number[]): number[] => {
  // Nothing falls (most series): no block is ever pooled, the fit is the observations.
  let rising = true;
  for (let i = 1; i < values.length && rising; i++) rising = !(values[i - 1]! > values[i]!);
  if (rising) return values.slice();
  // Each block keeps its observations sorted for the median, so a pool merges two sorted lists.
  const blocks: { value: number; items: readonly Weighted[] }[] = [];
  for (let i = 0; i < values.length; i++) {
    let items: readonly Weighted[] = [{ value: values[i]!, weight: Math.max(weights[i]!, 1e-9) }];
    let value = values[i]!;
    while (blocks.length > 0 && blocks[blocks.length - 1]!.value > value) {
      const prev = blocks.pop()!;
      items = mergeSorted(prev.items, items, byValueThenWeight);
      value = weightedMedianOfSorted(items);
    }
    blocks.push({ value, items });
  }
  const out: number[] = [];
  for (const b of blocks) for (let k = 0; k < b.items.length; k++) out.push(b.value);
  return out;
};
