// Short forms of instruments (EXTRACTION.md stage 6, the alias graph for laws): "X Act 2013
// (PGPA Act)", "Regulation (EU) 2016/679 (the 'Data Regulation')". A bracket right after a
// law that holds a shorter law mention of its own names the same instrument.
import type { LawMention } from './laws.ts';
import { normaliseName } from './normalise-name.ts';

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
  return out;
}
