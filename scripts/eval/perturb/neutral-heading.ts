// Rewrite (a): a heading or label line whose words announce what follows (Functions,
// Responsibilities, Structure, Leadership, What we do ...) gets a neutral word instead
// ("Overview"), keeping its level, numbering, emphasis and trailing colon. Any name in the
// heading stays ("Functions of the Bureau" -> "Overview of the Bureau"), so nothing a reader
// learns from the page is lost: only the cue word is.
import { isBlank, LIST_ITEM, linesOf, type Page, type Rewrite } from './page.ts';

const NEUTRAL = 'Overview';
const CUE_WORD =
  /^(?:functions?|responsibilit(?:y|ies)|duties|duty|tasks|roles?|powers|mandate|structure|organi[sz]ation(?:al)?|departments|divisions|units|leadership|management|executives|officials)$/i;
const MODIFIER = /^(?:our|its|their|the|key|main|core|principal|primary|internal|senior|and|&)$/i;
const PREPOSITION = /^(?:of|for|in|at|within)$/;
const WHAT_WE_DO = /^what we do$/i;
const MAX_LABEL_WORDS = 8;

function bare(word: string): string {
  return word.replace(/^[*_]+|[*_:.]+$|\[\d+\]$/g, '');
}

/** The neutral form of a heading's words, or undefined when they carry no cue to remove. */
export function neutralHeadingText(text: string): string | undefined {
  if (WHAT_WE_DO.test(text.trim())) return NEUTRAL;
  const words = text.trim().split(/\s+/);
  let prefix = 0;
  while (prefix < words.length && (CUE_WORD.test(bare(words[prefix]!)) || MODIFIER.test(bare(words[prefix]!))))
    prefix++;
  const prefixHasCue = words.slice(0, prefix).some((word) => CUE_WORD.test(bare(word)));
  if (prefixHasCue && prefix === words.length) return NEUTRAL;
  if (prefixHasCue && PREPOSITION.test(words[prefix]!)) return [NEUTRAL, ...words.slice(prefix)].join(' ');
  // A lower-case cue at the end of capitalised words names whose duties or people follow
  // ("Executive Director responsibilities"); a capitalised one may be part of a name
  // ("Office of Management") and after lower-case words it ends a sentence, so both stay.
  let suffix = words.length;
  while (
    suffix > 0 &&
    (CUE_WORD.test(bare(words[suffix - 1]!)) || MODIFIER.test(bare(words[suffix - 1]!))) &&
    bare(words[suffix - 1]!) === bare(words[suffix - 1]!).toLowerCase()
  )
    suffix--;
  const isNamePart = (word: string) => /^[\p{Lu}\d]/u.test(word);
  if (
    suffix > 0 &&
    suffix < words.length &&
    words.slice(0, suffix).every(isNamePart) &&
    words.slice(suffix).some((word) => CUE_WORD.test(bare(word)))
  )
    return [...words.slice(0, suffix), NEUTRAL.toLowerCase()].join(' ');
  return undefined;
}

// Numbering before a heading's words ("8 ", "4.9 ", "Sec. 3. ", "IV. ") stays as it is.
const NUMBERING = /^((?:Sec(?:tion)?\.?\s*)?(?:\d+(?:\.\d+)*\.?|[IVXLC]+\.)\s+)?(.*)$/;

function rewriteWords(text: string): string | undefined {
  const [, numbering = '', rest = ''] = NUMBERING.exec(text) ?? [];
  const colon = /:\s*$/.exec(rest)?.[0] ?? '';
  const words = rest.slice(0, rest.length - colon.length);
  const neutral = neutralHeadingText(words);
  return neutral === undefined ? undefined : `${numbering}${neutral}${colon}`;
}

/** True for a short stand-alone label line ("Functions", "Our responsibilities:"). */
function isLabelLine(lines: string[], index: number): boolean {
  const line = lines[index]!.trim();
  if (line === '' || LIST_ITEM.test(lines[index]!) || line.startsWith('|') || line.startsWith('#')) return false;
  if (!/^[\p{Lu}\d]/u.test(line) || /[,;]/.test(line) || /[.!?]$/.test(line)) return false;
  if (line.split(/\s+/).length > MAX_LABEL_WORDS) return false;
  // Stand-alone: after a blank line, or announcing what follows (a colon, a list below).
  return isBlank(lines[index - 1]) || line.endsWith(':') || LIST_ITEM.test(lines[index + 1] ?? '');
}

function rewriteLine(lines: string[], index: number): string | undefined {
  const line = lines[index]!;
  const atx = /^(\s{0,3}#{1,6}\s+)(.*?)(\s+#+)?(\s*)$/.exec(line);
  if (atx) {
    const words = rewriteWords(atx[2]!);
    return words === undefined ? undefined : `${atx[1]}${words}${atx[3] ?? ''}${atx[4]}`;
  }
  const bold = /^(\s*)(\*\*|__)(.+?)\2(:?)(\s*)$/.exec(line);
  if (bold && bold[3]!.split(/\s+/).length <= MAX_LABEL_WORDS) {
    const words = rewriteWords(bold[3]!);
    return words === undefined ? undefined : `${bold[1]}${bold[2]}${words}${bold[2]}${bold[4]}${bold[5]}`;
  }
  if (!isLabelLine(lines, index)) return undefined;
  const [, indent = '', text = '', trailing = ''] = /^(\s*)(.*?)(\s*)$/.exec(line) ?? [];
  const words = rewriteWords(text);
  return words === undefined ? undefined : `${indent}${words}${trailing}`;
}

/** Rewrite (a): cue headings and labels become neutral ones. */
export const neutralHeading: Rewrite = {
  id: 'neutral-heading',
  description: 'a cue heading or label (Functions, Structure, Leadership, What we do ...) says "Overview" instead',
  apply(page: Page): Page {
    const lines = linesOf(page.text);
    const out = lines.map((line, index) => rewriteLine(lines, index) ?? line);
    return { name: page.name, text: out.join('\n') };
  },
};
