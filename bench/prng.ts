// A small seeded pseudo-random generator (sfc32), so that a benchmark corpus is the same
// bytes on every machine and every run. Never Math.random.

/** Draws from one seeded stream; every method advances it. */
export interface Prng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max] (both inclusive). */
  int(min: number, max: number): number;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** `count` distinct elements of `items` (all of them, shuffled, if count >= length). */
  sample<T>(items: readonly T[], count: number): T[];
}

/** Creates a generator from a 32-bit integer seed; equal seeds give equal streams. */
export function createPrng(seed: number): Prng {
  if (!Number.isInteger(seed)) throw new TypeError(`createPrng: seed must be an integer, got ${String(seed)}`);
  // sfc32 state, seeded by splitting the seed with fixed odd constants.
  let a = 0x9e3779b9 ^ seed;
  let b = 0x243f6a88 ^ Math.imul(seed, 0x85ebca6b);
  let c = 0xb7e15162 ^ Math.imul(seed, 0xc2b2ae35);
  let d = 1;
  const next32 = (): number => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  // Discard the first outputs: sfc32's early values still echo the seed.
  for (let i = 0; i < 15; i++) next32();

  const next = (): number => next32() / 4294967296;
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new RangeError('pick: the list is empty');
      return items[int(0, items.length - 1)] as T;
    },
    chance: (p: number): boolean => next() < p,
    sample<T>(items: readonly T[], count: number): T[] {
      const copy = [...items];
      const n = Math.min(count, copy.length);
      // Partial Fisher-Yates: the first n slots end up a uniform sample.
      for (let i = 0; i < n; i++) {
        const j = int(i, copy.length - 1);
        [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
      }
      return copy.slice(0, n);
    },
  };
}
