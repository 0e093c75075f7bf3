// Sentence splitting over a range: a cheap rule-based splitter, so that the slow NLP
// library only ever sees the few short phrases that need it.
import type { TextRange } from './types.ts';
import { alternationOf, HONORIFICS, RANKS } from './vocabulary.ts';

// A stop may carry citation marks ("... 2010.[6][7] The agency ..."), as encyclopaedia
// dumps write them. A line break ends a sentence unless the line stopped mid-phrase (after a letter, digit or
// comma) and the next one goes on in words: hard-wrapped prose keeps "Armed\nForces Act 1972"
// in one sentence, while lines of a list or directory stay apart.
const BOUNDARY =
  /[.!?。！？]+["”’)]?(?:\[\d+\])*\s+(?=["“‘(《]?[\p{Lu}\d])|[。！？]|(?<![\p{L}\p{N},][ \t]*)\n|\n(?![ \t]*[\p{L}“"‘(])|\n(?=[ \t]*\(?[\p{L}\d]{1,3}[.)]\s)/gu;
// Abbreviations whose full stop ends no sentence: honorifics and ranks before a name ("Rev.
// Name", "Brig. Gen. Name"), numbering and Latin abbreviations.
const ABBREVIATION = new RegExp(
  String.raw`\b(?:${alternationOf([...HONORIFICS, ...RANKS].filter((w) => w.length <= 5))}|St|[Nn]o|Art|Sec|Nos|vs|etc|e\.g|i\.e|U\.S|U\.K|Inc|Ltd|Co|Jr|Sr|[A-Z])\.$`,
);

/** Splits a range of the text into sentence ranges (half-open, trimmed of outer spaces). */
export function splitSentences(text: string, range: TextRange): TextRange[] {
  const slice = text.slice(range.start, range.end);
  const out: TextRange[] = [];
  let start = 0;
  for (const m of slice.matchAll(BOUNDARY)) {
    const end = m.index + m[0].trimEnd().length;
    if (ABBREVIATION.test(slice.slice(Math.max(0, m.index - 6), m.index + 1))) continue;
    push(start, end);
    start = m.index + m[0].length;
  }
  push(start, slice.length);
  return out;

  function push(s: number, e: number): void {
    let a = s;
    let b = e;
    while (a < b && /\s/.test(slice[a] as string)) a++;
    while (b > a && /\s/.test(slice[b - 1] as string)) b--;
    if (b > a) out.push({ start: range.start + a, end: range.start + b });
  }
}
