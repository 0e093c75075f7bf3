// One name written with a run of words and with their initials in its place (EXTRACTION.md
// stage 6, acronyms inside names): "Office of the Secretary to the NEC" and "Office of the
// Secretary to the National Executive Council", "PM & NEC Act 2002" and "Prime Minister &
// NEC Act 2002". The words around the initials must be the same on both sides.
import { normaliseName } from './normalise-name.ts';

// "NEC", "PM": two to six capitals standing as a word of a longer name.
const INITIALS_WORD = /^\p{Lu}{2,6}$/u;
const MAX_SPELLED_WORDS = 6;

interface Written {
  name: string;
  words: string[];
}

/** Pairs [short, long] of names where the short one writes initials for words of the long one. */
export function spelledInitialsPairs(names: readonly string[]): Array<[string, string]> {
  const written: Written[] = [...new Set(names)].map((name) => ({ name, words: normaliseName(name).split(' ') }));
  const byFirst = new Map<string, Written[]>();
  const byLast = new Map<string, Written[]>();
  const add = (index: Map<string, Written[]>, key: string, w: Written): void => {
    const bucket = index.get(key);
    if (bucket) bucket.push(w);
    else index.set(key, [w]);
  };
  for (const w of written) {
    add(byFirst, w.words[0] as string, w);
    add(byLast, w.words.at(-1) as string, w);
  }
  const out: Array<[string, string]> = [];
  for (const short of written) {
    const raw = short.name.split(/[\s&,/.-]+/).filter(Boolean);
    if (raw.length < 2) continue;
    for (const word of raw) {
      if (!INITIALS_WORD.test(word)) continue;
      const initials = word.toLowerCase();
      const at = short.words.indexOf(initials);
      if (at === -1) continue;
      const before = short.words.slice(0, at);
      const after = short.words.slice(at + 1);
      const candidates = before.length > 0 ? byFirst.get(before[0] as string) : byLast.get(after.at(-1) ?? '');
      for (const long of candidates ?? []) {
        const spelled = long.words.length - before.length - after.length;
        if (spelled < 2 || spelled > MAX_SPELLED_WORDS || spelled !== initials.length) continue;
        if (!before.every((w, i) => long.words[i] === w)) continue;
        if (!after.every((w, i) => long.words[before.length + spelled + i] === w)) continue;
        const run = long.words.slice(before.length, before.length + spelled);
        if (run.map((w) => w[0]).join('') === initials) out.push([short.name, long.name]);
      }
    }
  }
  return out;
}
