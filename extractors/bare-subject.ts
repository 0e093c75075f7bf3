// A body an excerpt never names in full, only as "the Secretariat" or "the Commission" from its
// title or first sentence on (a section of a statute or of an encyclopaedia article): the head
// word is the fullest form the document uses, so it is the body's name (GUIDELINES, "name").
import { isOrdinaryWord, isPersonName } from './people.ts';
import { RangeIndex } from './range-index.ts';
import type { TextRange } from './types.ts';
import { ORGANISATION_HEADS } from './vocabulary.ts';

// "Functions of the Commission", "About the Secretariat": a title that ends in the body.
const TITLE_ENDS_IN = /\b(?:of|for|about|to)\s+the\s+(\p{Lu}\p{Ll}+)\s*$/u;
// "The Secretariat is divided into ...": a first sentence whose subject is the body.
const OPENS_WITH = /^\s*The\s+(\p{Lu}\p{Ll}+)\s+(?!of\b|for\b|on\b)\p{Ll}/u;

/**
 * Where the document's unnamed subject is written ("Secretariat" in each "the Secretariat"),
 * when its title or first sentence refers to it and no body the page names carries its head
 * word (then "the Commission" points back to that body instead). Empty otherwise.
 */
export function findBareSubject(
  text: string,
  title: TextRange | null,
  firstSentence: TextRange | undefined,
  bodies: ReadonlyArray<{ range: TextRange }>,
  taken: readonly TextRange[],
): TextRange[] {
  const titled = title ? titleName(text.slice(title.start, title.end)) : undefined;
  const head =
    titled ??
    (title ? TITLE_ENDS_IN.exec(text.slice(title.start, title.end))?.[1] : undefined) ??
    (firstSentence ? OPENS_WITH.exec(text.slice(firstSentence.start, firstSentence.end))?.[1] : undefined);
  if (!head || (!ORGANISATION_HEADS.has(head) && head !== titled)) return [];
  // "Ministry of Health" names one; "Secretariat of the Ministry's Boards" only points back.
  const word = new RegExp(`(?<!\\b[Tt]he\\s)\\b${head}\\b`);
  if (bodies.some((b) => word.test(text.slice(b.range.start, b.range.end)))) return [];
  // Inside another name ("Office of the Secretariat") the word is that name's, not a mention.
  // Indexed: a long excerpt names its body thousands of times among thousands of names.
  const occupied = new RangeIndex([...taken, ...bodies.map((b) => b.range)].map((range) => ({ range })));
  const overlaps = (r: TextRange): boolean => occupied.overlapping(r).length > 0;
  const uses: TextRange[] = [];
  for (const m of text.matchAll(new RegExp(`\\b(?:[Tt]he|[Tt]his|[Ii]ts)\\s+(${head})(?![\\p{L}\\p{N}-])`, 'gu'))) {
    const start = m.index + m[0].length - head.length;
    const range = { start, end: start + head.length };
    if (!overlaps(range)) uses.push(range);
  }
  // A page titled with a bare name needs that name used as "the X" more than once.
  return head === titled && uses.length < MIN_TITLE_NAME_USES ? [] : uses;
}

// "Riigikogu" / "... the work of the Riigikogu ...": a one-word title that is no ordinary
// word ("Overview", "Committees") and that the text writes as "the X" names the page's body.
const MIN_TITLE_NAME_USES = 2;

function titleName(title: string): string | undefined {
  const word = /^\s*(\p{Lu}[\p{L}-]{3,})\s*$/u.exec(title)?.[1];
  return word && !isOrdinaryWord(word) && !isPersonName(word) ? word : undefined;
}
