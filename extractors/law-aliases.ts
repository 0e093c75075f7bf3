// Short forms of instruments (EXTRACTION.md stage 6, the alias graph for laws): "X Act 2013
// (PGPA Act)", "Regulation (EU) 2016/679 (the 'Data Regulation')". A bracket right after a
// law that holds a shorter law mention of its own names the same instrument. Numbered
// instruments are one instrument wherever the same kind, number and year recur ("Decree (55)
// of 2022" in a headline, "Royal Decree No. 55 of 2022" in the text).
import type { LawMention } from './laws.ts';
import { normaliseName } from './normalise-name.ts';
import { spelledInitialsPairs } from './spelled-initials.ts';
import { LAW_HEADS } from './vocabulary.ts';

const NUMBERED = new RegExp(
  String.raw`\b(${[...LAW_HEADS].join('|')})\s+(?:No\.?\s*|Number\s+)?\(?(\d[\w/-]*?)\)?\s*of\s+(?:[^()]*?\s)?((?:1[6-9]|20)\d\d)\b`,
);

const TRAILING_YEAR = /,?\s+(?:of\s+)?(?:1[6-9]|20)\d\d$/;

const AFTER_PAREN = /^\s*[(（]\s*(?:the\s+)?["“‘']?([^()（）\n"”’']{2,80}?)["”’']?\s*[)）]/;

/** Normalised short form -> the full title it stands for, from brackets after law mentions. */
export function lawAliases(text: string, laws: readonly LawMention[]): Map<string, string> {
  const byStart = new Map(laws.map((l) => [l.range.start, l]));
  const out = new Map<string, string>();
  for (const law of laws) {
    const paren = AFTER_PAREN.exec(text.slice(law.range.end, law.range.end + 100));
    if (!paren) continue;
    const content = paren[1] as string;
    const contentStart = law.range.end + paren[0].indexOf(content);
    const named = byStart.get(contentStart);
    const isShortForm = named !== undefined && named.range.end === contentStart + content.length;
    const full = text.slice(law.range.start, law.range.end);
    if (!isShortForm || content.length >= full.length) continue;
    out.set(normaliseName(content), full);
  }
  for (const [short, full] of numberedForms(text, laws)) if (!out.has(short)) out.set(short, full);
  // "PM & NEC Act 2002" beside "Prime Minister & NEC Act 2002".
  const titles = laws.map((l) => text.slice(l.range.start, l.range.end));
  for (const [short, full] of spelledInitialsPairs(titles))
    if (!out.has(normaliseName(short))) out.set(normaliseName(short), full);
  // "Rules of Business" beside "Rules of Business 1973", "X Act" beside "X Act, 2021": the
  // title without its year is the same instrument.
  for (const law of laws) {
    const full = text.slice(law.range.start, law.range.end);
    const year = TRAILING_YEAR.exec(full);
    const short = year ? normaliseName(full.slice(0, year.index)) : '';
    if (year && short.split(' ').length >= 2 && !out.has(short)) out.set(short, full);
  }
  return out;
}

/** Each numbered title -> the fullest title with the same instrument word, number and year. */
function numberedForms(text: string, laws: readonly LawMention[]): Map<string, string> {
  const fullest = new Map<string, string>();
  const names: Array<[string, string]> = [];
  for (const law of laws) {
    const name = text.slice(law.range.start, law.range.end);
    const m = NUMBERED.exec(name);
    if (!m) continue;
    const identity = `${(m[1] as string).toLowerCase()}|${m[2] as string}|${m[3] as string}`;
    names.push([name, identity]);
    const best = fullest.get(identity);
    if (!best || name.length > best.length) fullest.set(identity, name);
  }
  const out = new Map<string, string>();
  for (const [name, identity] of names) {
    const full = fullest.get(identity) as string;
    if (full !== name) out.set(normaliseName(name), full);
  }
  return out;
}
