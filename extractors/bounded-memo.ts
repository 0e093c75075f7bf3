// A bounded memo for a pure function of a string. Several rules ask the same small questions
// of the same strings (is this a person's name? a post?), within a document and across a
// corpus; the answers are remembered until the memo is full, then all forgotten at once, so
// memory stays flat on any corpus (the policy of tagger.ts and normalise-name.ts).

/** `compute`, with up to `maxEntries` answers remembered; `compute` must be pure. */
export function boundedMemo<T extends string | number | boolean | object>(
  compute: (key: string) => T,
  maxEntries: number,
): (key: string) => T {
  const memo = new Map<string, T>();
  return (key) => {
    let value = memo.get(key);
    if (value === undefined) {
      value = compute(key);
      if (memo.size >= maxEntries) memo.clear();
      memo.set(ownCopy(key), value);
    }
    return value;
  };
}

// A key sliced from a document's text may share that text's memory: a copy of its own keeps
// a remembered key from holding a whole document alive after its extraction.
function ownCopy(key: string): string {
  return ` ${key}`.slice(1);
}
