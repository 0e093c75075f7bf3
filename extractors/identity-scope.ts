// Identity scopes (SCHEMA "Ids are local ...", GUIDELINES "Jurisdiction"): a name alone does
// not say which body it is. A Department is the unit of its parent ("General Office" of one
// ministry is not that of another), and a generic agency name ("Ministry of Health") names a
// different body in each jurisdiction. At the end of a document's extraction the scope is
// written into the entity's doc-local key, so it travels wherever the entity does (extraction
// cache, corpus state) and resolution (resolve.ts) can read it back from the entity alone.
import { normaliseName } from './normalise-name.ts';
import { jurisdictionKey, nameResolutionKey, scopedKey, underParentsKey } from './scoped-keys.ts';
import { hasTag, placesIn } from './tagger.ts';
import type { DocumentExtraction, LocalEntity } from './types.ts';
import { ORGANISATION_HEADS, SINGLE_WORD_INSTITUTIONS } from './vocabulary.ts';

/**
 * Writes each entity's scope into its key: a Department's parents (the bodies with a
 * HAS_DEPARTMENT to it in this document), a generic agency's jurisdiction (when the
 * document states one). Relations follow the new keys.
 */
export function scopeIdentities(extraction: DocumentExtraction, text: string): DocumentExtraction {
  // A few words are asked about per document: each is looked up in the text when first asked,
  // which is cheaper than listing every lower-case word of the text (lowerCaseWords).
  const lowerWords = new Map<string, boolean>();
  const isLower = (word: string): boolean => {
    let isWritten = lowerWords.get(word);
    if (isWritten === undefined) {
      isWritten = isWrittenInLowerCase(text, word);
      lowerWords.set(word, isWritten);
    }
    return isWritten;
  };
  const byKey = new Map(extraction.entities.map((entity) => [entity.key, entity]));
  const parentsOf = new Map<string, LocalEntity[]>();
  for (const relation of extraction.relations) {
    const parent = byKey.get(relation.from);
    if (relation.type !== 'HAS_DEPARTMENT' || !parent || byKey.get(relation.to)?.type !== 'Department') continue;
    parentsOf.set(relation.to, [...(parentsOf.get(relation.to) ?? []), parent]);
  }
  let documentPlace: string | null | undefined;
  const jurisdictions = new Map<string, string | null>();
  const jurisdictionOf = (entity: LocalEntity): string | null => {
    if (entity.type !== 'Agency') return null;
    let jurisdiction = jurisdictions.get(entity.key);
    if (jurisdiction === undefined) {
      jurisdiction = isGenericName(entity.name, isLower) ? (documentPlace ??= documentJurisdiction(text)) : null;
      jurisdictions.set(entity.key, jurisdiction);
    }
    return jurisdiction;
  };
  // An entity's canonical resolution key as resolve.ts computes it: a unit's includes its
  // parents' (in this document; a cycle counts as no parent), so parents are keyed first.
  const canonical = new Map<string, string>();
  const visiting = new Set<string>();
  const canonicalOf = (entity: LocalEntity): string => {
    const known = canonical.get(entity.key);
    if (known) return known;
    const name = nameResolutionKey(entity.type, entity.name);
    if (entity.type !== 'Department') return jurisdictionKey(name, jurisdictionOf(entity));
    visiting.add(entity.key);
    const key = underParentsKey(name, parentKeysOf(entity));
    visiting.delete(entity.key);
    canonical.set(entity.key, key);
    return key;
  };
  const parentKeysOf = (entity: LocalEntity): string[] =>
    [...new Set((parentsOf.get(entity.key) ?? []).filter((p) => !visiting.has(p.key)).map(canonicalOf))].sort();
  const renamed = new Map<string, string>();
  const entities = extraction.entities.map((entity): LocalEntity => {
    const parents = entity.type === 'Department' ? parentKeysOf(entity) : [];
    const key = scopedKey(entity.key, { parents, jurisdiction: jurisdictionOf(entity) });
    if (key === entity.key) return entity;
    renamed.set(entity.key, key);
    return { ...entity, key };
  });
  if (renamed.size === 0) return extraction;
  const relations = extraction.relations.map((relation) => ({
    ...relation,
    from: renamed.get(relation.from) ?? relation.from,
    to: renamed.get(relation.to) ?? relation.to,
  }));
  entities.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { ...extraction, entities, relations };
}

const CONNECTORS = new Set(['of', 'for', 'and', 'the', 'on', 'in', 'to', '&']);

/**
 * True for a name made only of a head and common words ("Ministry of Health", "Cabinet
 * Office", "National Security Council"): each word is an organisation head, or a word the
 * document also writes in lower case (so a common noun, not a proper one), and none is a
 * place or a person's name. Conservative: an unknown word keeps the name specific.
 */
export function isGenericName(name: string, isWrittenLowerCase: (word: string) => boolean): boolean {
  const words = name.split(/\s+/).filter(Boolean);
  // "Parliament", "Cabinet": every country has one.
  if (words.length === 1 && SINGLE_WORD_INSTITUTIONS.has(words[0] as string)) return true;
  if (words.length < 2 || !words.some((w) => ORGANISATION_HEADS.has(w))) return false;
  const isCommon = (word: string): boolean =>
    CONNECTORS.has(word.toLowerCase()) ||
    ORGANISATION_HEADS.has(word) ||
    (/^\p{Lu}\p{Ll}+$/u.test(word) && isWrittenLowerCase(word.toLowerCase()));
  if (!words.every(isCommon)) return false;
  return !hasTag(name, '(#Place|#Person|#Acronym)');
}

const LOWER_CASE_WORD = /(?<![\p{L}\p{N}])\p{Ll}+(?![\p{L}\p{N}])/gu;

/** The set of words a text writes in lower case. */
export function lowerCaseWords(text: string): Set<string> {
  // Whole words only: a lower-case stretch inside "McDonald" or "x2y" is no word.
  return new Set(text.match(LOWER_CASE_WORD));
}

const LOWER_CASE_ONLY = /^\p{Ll}+$/u;
const LETTER_OR_DIGIT_BEFORE = /[\p{L}\p{N}]$/u;
const LETTER_OR_DIGIT_AFTER = /^[\p{L}\p{N}]/u;

/** `lowerCaseWords(text).has(word)`, found by searching the text for that one word. */
function isWrittenInLowerCase(text: string, word: string): boolean {
  if (!LOWER_CASE_ONLY.test(word)) return false;
  // Two code units either side hold the whole neighbouring character, a surrogate pair included.
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
    const end = at + word.length;
    if (
      !LETTER_OR_DIGIT_BEFORE.test(text.slice(Math.max(0, at - 2), at)) &&
      !LETTER_OR_DIGIT_AFTER.test(text.slice(end, end + 2))
    )
      return true;
  }
  return false;
}

// Where a document says whose body it describes: the title and first sentence, read for a
// place (compromise's place tags); conservative, so one clear place or none.
const LEAD_CHARS = 400;

/** The normalised jurisdiction a document states in its title or first sentence, or null. */
export function documentJurisdiction(text: string): string | null {
  const lead = text.slice(0, LEAD_CHARS);
  const places = [
    ...new Set(
      placesIn(lead)
        .map((place) => normaliseName(place.replace(/['’]s$/, '')))
        .filter(Boolean),
    ),
  ];
  return places.length === 1 ? (places[0] as string) : null;
}
