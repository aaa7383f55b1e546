export interface BatchRange {
  start: number;
  /** Exclusive. */
  end: number;
}

/** The index ranges [start, end) that cover `from`…`to` in steps of `size` (the last one may be short). */
export function batchRanges(from: number, to: number, size: number): BatchRange[] {
  if (!Number.isInteger(size) || size < 1)
    throw new Error(`Batch size must be a positive integer, got ${size}`);
  const ranges: BatchRange[] = [];
  for (let start = from; start < to; start += size) ranges.push({ start, end: Math.min(to, start + size) });
  return ranges;
}
