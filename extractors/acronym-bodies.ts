// Bodies named only by an acronym ("NHSX is leading ...", "ADB's Management Team"): an
// all-capitals word that the page uses as a body, as the possessive owner of something
// or as the subject of a verb, at least twice (EXTRACTION.md stage 3: acronyms as
// candidates; stage 5: "the owner of a possessive acronym in the intro").
import nlp from 'compromise/two';
import { RangeIndex } from './range-index.ts';
import type { TextRange } from './types.ts';
import { POST_WORDS } from './vocabulary.ts';

const ACRONYM = /(?<![\p{L}\p{N}&.-])\p{Lu}[\p{Lu}\d&]{1,7}(?![\p{L}\p{N}&-])/gu;
const ROMAN = /^[IVXLCDM]+$/;
const POSSESSIVE_AFTER = /^(?:['’]{1,2}s)\b/;
const MIN_USES = 2;

/** Where acronyms used as bodies occur, outside ranges already taken by other mentions. */
export function findAcronymBodies(text: string, sentences: TextRange[], taken: TextRange[]): TextRange[] {
  const takenIndex = new RangeIndex(taken.map((range) => ({ range })));
  const uses = new Map<string, TextRange[]>();
  const evidence = new Set<string>();
  for (const sentence of sentences) {
    const slice = text.slice(sentence.start, sentence.end);
    for (const m of slice.matchAll(ACRONYM)) {
      const word = m[0];
      if (ROMAN.test(word)) continue;
      const range = { start: sentence.start + m.index, end: sentence.start + m.index + word.length };
      if (takenIndex.overlapping(range).length > 0) continue;
      uses.set(word, [...(uses.get(word) ?? []), range]);
      const after = slice.slice(m.index + word.length);
      if (POSSESSIVE_AFTER.test(after)) evidence.add(word);
      else if (/^\s*(?:the\s+)?$/i.test(slice.slice(0, m.index)) && isVerbNext(after)) evidence.add(word);
    }
  }
  const out: TextRange[] = [];
  for (const [word, ranges] of uses) if (evidence.has(word) && ranges.length >= MIN_USES && !isPostAcronym(text, word)) out.push(...ranges);
  return out.sort((a, b) => a.start - b.start);
}

function isVerbNext(after: string): boolean {
  const next = after.trimStart().split(/\s+/).slice(0, 3).join(' ');
  if (!/^\p{Ll}/u.test(next)) return false;
  const term = (nlp(`It ${next}`).terms().json() as Array<{ terms?: Array<{ tags: string[] }> }>)[1]?.terms?.[0];
  return term?.tags.includes('Verb') ?? false;
}

// "Government Chief Information Officer (GCIO)": the acronym of a post, not of a body.
function isPostAcronym(text: string, word: string): boolean {
  const at = text.indexOf(`(${word})`);
  if (at < 0) return false;
  const before = text.slice(Math.max(0, at - 80), at).trim().split(/\s+/).pop() ?? '';
  return POST_WORDS.has(before.toLowerCase());
}
