// The extractors, loaded on first use rather than at start-up: they pull in compromise and
// its lexicon (about a second of a loaded machine's time), which a `kg` command that
// extracts nothing (an unchanged re-run, status, query, export) should not pay.

/** The extractors' public API (extractors/index.ts). */
export type Extractors = typeof import('../extractors/index.ts');

let loading: Promise<Extractors> | undefined;

/** Imports extractors/index.ts once and returns it. */
export function loadExtractors(): Promise<Extractors> {
  loading ??= import('../extractors/index.ts');
  return loading;
}
