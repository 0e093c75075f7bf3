// A sorted index of ranges for "which mentions lie inside / overlap this range" queries in
// O(log n + hits), so that no stage makes a quadratic pass over a large document.
import type { TextRange } from './types.ts';

/** Ranges sorted by start, with binary-searched containment and overlap queries. */
export class RangeIndex<T extends { range: TextRange }> {
  readonly items: T[];
  private readonly maxLength: number;

  constructor(items: T[]) {
    this.items = [...items].sort((a, b) => a.range.start - b.range.start || b.range.end - a.range.end);
    this.maxLength = this.items.reduce((m, i) => Math.max(m, i.range.end - i.range.start), 0);
  }

  private firstAtOrAfter(offset: number): number {
    let lo = 0;
    let hi = this.items.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.items[mid] as T).range.start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Items whose range lies inside `range`, in order. */
  within(range: TextRange): T[] {
    const out: T[] = [];
    for (let i = this.firstAtOrAfter(range.start); i < this.items.length; i++) {
      const item = this.items[i] as T;
      if (item.range.start >= range.end) break;
      if (item.range.end <= range.end) out.push(item);
    }
    return out;
  }

  /** Items whose range overlaps `range`, in order. */
  overlapping(range: TextRange): T[] {
    const out: T[] = [];
    for (let i = this.firstAtOrAfter(range.start - this.maxLength); i < this.items.length; i++) {
      const item = this.items[i] as T;
      if (item.range.start >= range.end) break;
      if (item.range.end > range.start) out.push(item);
    }
    return out;
  }
}
