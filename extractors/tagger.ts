// The one door to compromise's tagger. Tagging is the costly step of extraction, and the
// same short strings (names, list openings) come back across a corpus, so every answer is
// remembered in a bounded memo (cleared when full, so memory stays flat on any corpus).
import nlp from 'compromise/two';

const MAX_MEMO = 20_000;
const memo = new Map<string, unknown>();

function remembered<T>(key: string, compute: () => T): T {
  if (memo.has(key)) return memo.get(key) as T;
  const value = compute();
  if (memo.size >= MAX_MEMO) memo.clear();
  memo.set(key, value);
  return value;
}

/** Whether compromise finds a match of `pattern` (its match syntax, e.g. `#Person`) in the text. */
export function hasTag(text: string, pattern: string): boolean {
  return remembered(`has\u0000${pattern}\u0000${text}`, () => nlp(text).has(pattern));
}

/** The tags of the term at `index` of a text (empty past its end). */
export function tagsOfTerm(text: string, index: number): readonly string[] {
  return remembered(`tags\u0000${index}\u0000${text}`, () => {
    // The term objects of the tagged document themselves: `.json()` or `.terms()` build a
    // view or JSON for every term, which costs more than the tagging this door exists to save.
    const term = (nlp(text).document as Array<Array<{ tags?: Set<string> }>>).flat()[index];
    return term?.tags ? [...term.tags] : [];
  });
}

/** The texts compromise tags as a run of `#Place` words, in order. */
export function placesIn(text: string): readonly string[] {
  return remembered(`places\u0000${text}`, () => nlp(text).match('#Place+').out('array') as string[]);
}

const GIVEN_NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName']);
const NAME_TAGS = new Set([
  ...GIVEN_NAME_TAGS,
  'LastName',
  'Person',
  'Place',
  'Country',
  'City',
  'Region',
  'Organization',
]);

/**
 * How compromise's lexicon lists a lower-case word, its plural or its inflected forms aside:
 * 'name' (a person's or place's), 'word' (any other reading), or undefined when it does not
 * list it. A lookup, no tagging.
 */
export function lexiconReading(word: string): 'name' | 'word' | undefined {
  const lexicon = lexiconOf();
  for (const form of [word, word.replace(/ies$/, 'y'), word.replace(/es$/, ''), word.replace(/s$/, '')]) {
    const tag = lexicon[form];
    if (tag) return NAME_TAGS.has(tag) ? 'name' : 'word';
  }
  return undefined;
}

const lexiconOf = (): Record<string, string> =>
  (nlp as unknown as { model(): { one: { lexicon: Record<string, string> } } }).model().one.lexicon;

/** Whether compromise's lexicon lists a lower-case word as a given name (a lookup, no tagging). */
export function isKnownGivenName(word: string): boolean {
  const lexicon = (nlp as unknown as { model(): { one: { lexicon: Record<string, string> } } }).model().one.lexicon;
  // "José": the lexicon spells given names without accents.
  const bare = word.normalize('NFD').replace(/\p{M}/gu, '');
  return GIVEN_NAME_TAGS.has(lexicon[word] ?? lexicon[bare] ?? '');
}
