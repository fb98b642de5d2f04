/**
 * Weighted isotonic regression by pool-adjacent-violators: the non-decreasing sequence closest
 * (weighted least squares) to the observations. Used for running totals, which cannot go down:
 * observations that fall are pooled with their neighbours rather than dropped.
 */
export const isotonic = (values: readonly number[], weights: readonly number[]): number[] => {
  const n = values.length;
  const blockValue: number[] = [];
  const blockWeight: number[] = [];
  const blockSize: number[] = [];
  for (let i = 0; i < n; i++) {
    let v = values[i]!;
    let w = Math.max(weights[i]!, 1e-9);
    let size = 1;
    while (blockValue.length > 0 && blockValue[blockValue.length - 1]! > v) {
      const pv = blockValue.pop()!;
      const pw = blockWeight.pop()!;
      size += blockSize.pop()!;
      v = (pv * pw + v * w) / (pw + w);
      w += pw;
    }
    blockValue.push(v);
    blockWeight.push(w);
    blockSize.push(size);
  }
  const out: number[] = [];
  for (let b = 0; b < blockValue.length; b++) for (let k = 0; k < blockSize[b]!; k++) out.push(blockValue[b]!);
  return out;
};
