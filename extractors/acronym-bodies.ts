// Bodies named only by an acronym ("NHSX is leading ...", "ADB's Management Team"): an
// all-capitals word that the page uses as a body, as the possessive owner of something
// or as the subject of a verb, at least twice (EXTRACTION.md stage 3: acronyms as
// candidates; stage 5: "the owner of a possessive acronym in the intro").
import { singularTitle } from './leader-lines.ts';
import { RangeIndex } from './range-index.ts';
import { tagsOfTerm } from './tagger.ts';
import type { TextRange } from './types.ts';
import { DEGREE_WORDS, LAW_HEADS, ORGANISATION_HEADS, POST_MODIFIER_ALTERNATION, POST_WORDS } from './vocabulary.ts';

// An all-capitals word ("NHSX"), or a short name written in camel case ("GovTech",
// "AmeriCorps") that no surname prefix explains ("McLeod", "DeWitt").
const ACRONYM =
  /(?<![\p{L}\p{N}&.-])(?:\p{Lu}[\p{Lu}\d&]{1,7}|(?!(?:Mc|Mac|De|Di|Da|La|Le|Van|Von)\p{Lu})\p{Lu}\p{Ll}{1,8}\p{Lu}[\p{L}]{1,10})(?![\p{L}\p{N}&-])/gu;
const ROMAN = /^[IVXLCDM]+$/;
// Words of a title in capitals ("THE PRESIDENT OF THE REPUBLIC") are not acronyms.
const FUNCTION_WORDS = new Set([
  'THE',
  'OF',
  'AND',
  'FOR',
  'TO',
  'IN',
  'ON',
  'BY',
  'AT',
  'AS',
  'OR',
  'AN',
  'WITH',
  'FROM',
]);
const POSSESSIVE_AFTER = /^(?:['’]{1,2}s)\b/;
const MIN_USES = 2;
const POST_AFTER = new RegExp(`^\\s+(?:(?:${POST_MODIFIER_ALTERNATION})\\s+)*(?:${[...POST_WORDS].join('|')})\\b`, 'i');

/**
 * Where acronyms used as bodies occur, outside ranges already taken by other mentions; an
 * acronym that spells the initials of a body the page names (`spelled`, three letters or
 * more) is that body wherever it stands ("the Chief Executive of NEMA").
 */
export function findAcronymBodies(
  text: string,
  sentences: TextRange[],
  taken: TextRange[],
  spelled: ReadonlySet<string> = new Set(),
): TextRange[] {
  const takenIndex = new RangeIndex(taken.map((range) => ({ range })));
  const uses = new Map<string, TextRange[]>();
  const evidence = new Set<string>();
  for (const sentence of sentences) {
    const slice = text.slice(sentence.start, sentence.end);
    for (const m of slice.matchAll(ACRONYM)) {
      const word = m[0];
      if (ROMAN.test(word) || FUNCTION_WORDS.has(word)) continue;
      if (isWordInCapitals(word, slice, m.index)) continue;
      const range = { start: sentence.start + m.index, end: sentence.start + m.index + word.length };
      if (takenIndex.overlapping(range).length > 0) continue;
      uses.set(word, [...(uses.get(word) ?? []), range]);
      const after = slice.slice(m.index + word.length);
      // "ADB's Management Team", "MOT Minister", "MODA Minister Audrey Tang".
      // "as a CPA member": after an indefinite article the acronym says what kind of member.
      const isKind = /\b(?:a|an)\s+$/i.test(slice.slice(Math.max(0, m.index - 4), m.index));
      if (POSSESSIVE_AFTER.test(after) || (POST_AFTER.test(after) && !isKind)) evidence.add(word);
      else if (/^\s*(?:the\s+)?$/i.test(slice.slice(0, m.index)) && isVerbNext(after)) evidence.add(word);
    }
  }
  const owner = siteOwner(text);
  const out: TextRange[] = [];
  for (const [word, ranges] of uses)
    if (
      ((evidence.has(word) && ranges.length >= MIN_USES) ||
        (word.length >= 3 && spelled.has(word)) ||
        word === owner) &&
      !isPostAcronym(text, word)
    )
      out.push(...ranges);
  return out.sort((a, b) => a.start - b.start);
}

// "Management | NCPB", "KRA – About us": a page title that pairs the page's name with an
// acronym alone names the site's owner by that acronym.
const TITLE_OWNER =
  /^[#\s]*(?:[^\n|–—]*?\S\s*[|–—]\s*(\p{Lu}[\p{Lu}\d&]{1,7})|(\p{Lu}[\p{Lu}\d&]{1,7})\s*[|–—]\s*\S[^\n|–—]*?)\s*(?:\n|$)/u;

function siteOwner(text: string): string | undefined {
  const m = TITLE_OWNER.exec(text.slice(0, 200));
  const word = m?.[1] ?? m?.[2];
  return word && !ROMAN.test(word) && !FUNCTION_WORDS.has(word) ? word : undefined;
}

// "GENERAL MANAGER, FINANCE": an English word in a line set in capitals, not an acronym.
function isWordInCapitals(word: string, slice: string, at: number): boolean {
  if (!/^\p{Lu}+$/u.test(word) || word.length < 4) return false;
  const before = /(\S+)\s+$/.exec(slice.slice(Math.max(0, at - 30), at))?.[1] ?? '';
  const after = /^\s+(\S+)/.exec(slice.slice(at + word.length, at + word.length + 30))?.[1] ?? '';
  const isCapitalsWord = (w: string): boolean => /^\p{Lu}{2,}[,.:;]?$/u.test(w);
  if (!isCapitalsWord(before) && !isCapitalsWord(after)) return false;
  return tagsOfTerm(word.toLowerCase(), 0).some((t) => t !== 'Noun' && t !== 'Singular' && t !== 'ProperNoun');
}

// A finite verb after the acronym ("NHSX is leading", "ADB supervises"); a base form
// ("GIS support, data maintenance") is a noun phrase's head, not a verb.
const AUXILIARY = /^(?:is|are|was|were|has|have|had|will|shall|can|may|must|would|should|could)$/;

function isVerbNext(after: string): boolean {
  const words = after.trimStart().split(/\s+/).slice(0, 3);
  const first = words[0] ?? '';
  if (AUXILIARY.test(first)) return true;
  if (!/^\p{Ll}+s$/u.test(first)) return false;
  return tagsOfTerm(`It ${words.join(' ')}`, 1).includes('Verb');
}

// "Strategy, Data, and Performance (SDP)": capitalised words whose initials spell the
// bracketed acronym name a body even without a head word.
const EXPANSION = /((?:\p{Lu}[\p{L}'’-]*,?\s+(?:(?:and|of|for|the|&|on)\s+)*)+)\((\p{Lu}[\p{Lu}&]{1,9})\)/gu;
const SMALL_WORDS = new Set(['and', 'of', 'for', 'the', '&', 'on']);

/** Capitalised runs followed by their own acronym in brackets, not already taken. */
export function findAcronymExpansions(text: string, sentences: TextRange[], taken: TextRange[]): TextRange[] {
  const takenIndex = new RangeIndex(taken.map((range) => ({ range })));
  const out: TextRange[] = [];
  for (const sentence of sentences) {
    const slice = text.slice(sentence.start, sentence.end);
    // An expansion needs its bracket: no bracket, no scan (the pattern is costly at every capital).
    for (const m of slice.includes('(') ? slice.matchAll(EXPANSION) : []) {
      const acronym = (m[2] as string).replace(/&/g, '');
      const runStart = sentence.start + m.index;
      const words = [...(m[1] as string).matchAll(/[^\s,]+/g)];
      const last = words[words.length - 1];
      if (!last) continue;
      // The expansion is the shortest tail of the run whose initials spell the acronym.
      for (let k = 0; k < words.length; k++) {
        const tail = words.slice(k).map((w) => w[0]);
        const initials = tail
          .filter((w) => !SMALL_WORDS.has(w))
          .map((w) => w[0])
          .join('');
        if (initials !== acronym || SMALL_WORDS.has(tail[0] as string)) continue;
        // "Master of Business Administration (MBA)": a degree, not a body.
        if (DEGREE_WORDS.has((tail[0] as string).replace(/['’]s$/, '').toLowerCase())) break;
        // "Chief Information Officer (CIO)", "Permanent Secretaries (PS)": a post's initials;
        // a body's head word inside the name before it makes a body ("Health Service Executive",
        // not "Office Manager").
        const lastWord = (tail[tail.length - 1] as string).replace(/['’]s$/, '').toLowerCase();
        // "Special Work Permit (SWP)", "Portable Document Format (PDF)": a thing a body issues
        // or uses, not a body.
        if (THING_WORDS.has(lastWord)) break;
        const isPost = POST_WORDS.has(lastWord) || POST_WORDS.has(singularTitle(lastWord)?.toLowerCase() ?? '');
        if (isPost && !tail.slice(1, -1).some((w) => ORGANISATION_HEADS.has(w))) break;
        // "Senior Agency Official for Privacy (SAOP)", "Inspector General of Police (IGP)": a
        // post whose head stands before its complement.
        const complement = tail.findIndex((w) => SMALL_WORDS.has(w));
        const headPhrase = complement > 0 ? tail.slice(0, complement) : [];
        const isPostWord = (w: string): boolean => POST_WORDS.has(w.toLowerCase());
        const headWord = (headPhrase[headPhrase.length - 1] ?? '').toLowerCase();
        const isPostHead =
          isPostWord(headWord) ||
          headWord === 'official' ||
          // "Inspector General", "Auditor General": a post word, then "General".
          (headWord === 'general' && headPhrase.slice(0, -1).some(isPostWord));
        if (isPostHead) break;
        // "Democratic Alliance (DA)": a party, not a public body.
        if (PARTY_WORDS.has(lastWord)) break;
        // "the European Asylum Support Office’s (EASO) Management Board": the owner's
        // possessive is no part of its name.
        const possessive = /['’]s$/.test(last[0]) ? 2 : 0;
        const range = {
          start: runStart + (words[k]?.index ?? 0),
          end: runStart + last.index + last[0].length - possessive,
        };
        if (takenIndex.overlapping(range).length === 0) out.push(range);
        break;
      }
    }
  }
  return out;
}

// Last words of an expansion that names a document, a scheme or a format.
const THING_WORDS: ReadonlySet<string> = new Set([
  'permit',
  'permits',
  'card',
  'cards',
  'visa',
  'licence',
  'license',
  'format',
  'scheme',
  'number',
  'index',
  'report',
  'framework',
  // "Information & Communication Technology (ICT)": a field of work.
  'technology',
  'technologies',
]);

// Last words of a political party's name.
const PARTY_WORDS: ReadonlySet<string> = new Set(['party', 'alliance', 'front', 'movement', 'fighters']);

// What a page declares an acronym to be: "Government Chief Information Officer (GCIO)" is a
// post, "Memorandum of Cooperation (MOC)" an instrument; neither is a body.
const INSTRUMENT_WORDS = new Set([
  ...LAW_HEADS,
  'Memorandum',
  'Agreement',
  'Accord',
  'Programme',
  'Program',
  'Strategy',
]);

function isPostAcronym(text: string, word: string): boolean {
  const at = text.indexOf(`(${word})`);
  if (at < 0) return false;
  const words = text
    .slice(Math.max(0, at - 80), at)
    .trim()
    .split(/\s+/);
  const before = words.pop() ?? '';
  if (POST_WORDS.has(before.toLowerCase()) || POST_WORDS.has(singularTitle(before)?.toLowerCase() ?? '')) return true;
  // The instrument word opens or closes the expansion the initials spell.
  const expansion = [...words, before].slice(-word.length - 3);
  const first = expansion.findIndex((w) => w[0] === word[0] && /^\p{Lu}/u.test(w));
  return INSTRUMENT_WORDS.has(before) || (first >= 0 && INSTRUMENT_WORDS.has(expansion[first] as string));
}
