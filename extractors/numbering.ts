// List numbering: recognises the marker at the start of a line in every style the
// guidelines name ("each item of an enumerated list ... whatever its numbering: (1),
// (two), I., Second, 1., 'Fourth,'") plus bullets, and converts it to an ordinal value.
import type { Marker, NumberingStyle } from './types.ts';

const UNITS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty'];
const ORDINAL_UNITS = [
  '',
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
];
const ORDINAL_TENS = ['', '', 'twentieth', 'thirtieth'];

/** Value of an English cardinal number word ("two", "twenty-one"), or null. */
export function cardinalWordValue(word: string): number | null {
  const w = word.toLowerCase();
  const unit = UNITS.indexOf(w);
  if (unit > 0) return unit;
  const ten = TENS.indexOf(w);
  if (ten >= 2) return ten * 10;
  const m = /^([a-z]+)[- ]([a-z]+)$/.exec(w);
  if (m) {
    const t = TENS.indexOf(m[1] as string);
    const u = UNITS.indexOf(m[2] as string);
    if (t >= 2 && u >= 1 && u <= 9) return t * 10 + u;
  }
  return null;
}

/** Value of an English ordinal word ("second", "firstly", "twenty-first"), or null. */
export function ordinalWordValue(word: string): number | null {
  const w = word.toLowerCase().replace(/ly$/, '');
  const unit = ORDINAL_UNITS.indexOf(w);
  if (unit > 0) return unit;
  const ten = ORDINAL_TENS.indexOf(w);
  if (ten >= 2) return ten * 10;
  const m = /^([a-z]+)-([a-z]+)$/.exec(w);
  if (m) {
    const t = TENS.indexOf(m[1] as string);
    const u = ORDINAL_UNITS.indexOf(m[2] as string);
    if (t >= 2 && u >= 1 && u <= 9) return t * 10 + u;
  }
  return null;
}

/** Value of a roman numeral up to 39 (I..XXXIX), case-insensitive, or null. */
export function romanValue(numeral: string): number | null {
  const s = numeral.toUpperCase();
  if (!/^X{0,3}(IX|IV|V?I{0,3})$/.test(s) || s === '') return null;
  const values: Record<string, number> = { I: 1, V: 5, X: 10 };
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = values[s[i] as string] ?? 0;
    const next = values[s[i + 1] as string] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

const NUMBER_WORD = '(?:[a-z]+(?:-[a-z]+)?)';
const PATTERNS: Array<{ re: RegExp; kind: 'paren' | 'dot' | 'space' | 'ordinal' | 'ordinal-is' | 'bullet' }> = [
  { re: /^[(（]\s*([0-9]{1,3}|[A-Za-z]{1,6}|[a-z]+(?:-[a-z]+)?)\s*[)）]\s*/, kind: 'paren' },
  // "1°", "2º": the ordinal mark of French, Spanish and Italian legal numbering closes the number too.
  { re: /^([0-9]{1,3}|[IVXivx]{1,6}|[A-Za-z])(?:[.)、．]|[°º]\.?|\s?[)）])(?=\s|[A-Za-z"“《(])\s*/, kind: 'dot' },
  // "1- Assistant Secretary", "A- Directorate", "B – Directorate": a dash closes the number.
  // "I-the Council of Government ;", "II - the National Defense Council": roman items of a
  // decree whose dash runs into the article.
  { re: /^([0-9]{1,2}|[A-Za-z]|[IVX]{2,6})\s?[-–](?=\s+\p{Lu}|\s*the\s)\s*/u, kind: 'dot' },
  { re: /^([0-9]{1,2}) (?=[A-Za-z])/, kind: 'space' },
  { re: new RegExp(`^(${NUMBER_WORD})(?:,|\\.|:|，)\\s+`, 'i'), kind: 'ordinal' },
  { re: new RegExp(`^(?:the\\s+)?(${NUMBER_WORD})\\s+is(?=\\s|[A-Z"“])\\s*`, 'i'), kind: 'ordinal-is' },
  // "• - Managing ...": a page's glyph before the writer's own dash is one marker.
  { re: /^([-*•·–+▪●◦○■□➢►‣⁃])\s+(?:[-•·–▪●◦○■□➢►‣⁃]\s+)?/, kind: 'bullet' },
  // "o Office of Congressional Affairs": a word processor's second-level bullet, converted to
  // the letter o; only before a capital (the word "o" opens no English line).
  { re: /^(o)\s+(?=\p{Lu})/u, kind: 'bullet' },
];

const INITIAL_BEFORE_NAME =
  /^(?:\p{Lu}\.\s|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2},\s*(?:\p{Lu}[\p{L}]{0,2}\.){1,4}(?:,|\s|$))/u;

/**
 * The possible markers at the start of `line` (offsets relative to `lineStart`), most
 * likely reading first; an ambiguous "(i)" is both roman 1 and letter 9, and the list
 * builder keeps the reading that continues the open list.
 */
export function parseMarkers(line: string, lineStart = 0): Marker[] {
  for (const { re, kind } of PATTERNS) {
    const m = re.exec(line);
    if (!m) continue;
    const token = m[1] as string;
    const end = lineStart + m[0].length;
    if (end - lineStart >= line.trimEnd().length) return []; // a bare marker is not an item
    const out: Marker[] = [];
    const add = (style: NumberingStyle, value: number | null): void => {
      if (value !== null && value > 0) out.push({ style, value, end });
    };
    switch (kind) {
      case 'paren':
      case 'dot': {
        if (/^[0-9]+$/.test(token)) {
          add(kind === 'paren' ? 'paren-arabic' : 'arabic-dot', Number(token));
          break;
        }
        if (kind === 'paren' && token.length > 1)
          add('paren-word', cardinalWordValue(token) ?? ordinalWordValue(token));
        const roman = romanValue(token);
        const isUpper = token === token.toUpperCase();
        if (roman !== null) add(isUpper ? 'roman-upper' : 'roman-lower', roman);
        // "E. A. Barrett", "W. Murray White, B.Sc.": a capital and a full stop before another
        // initial, or before a name with its letters after a comma, is a name's initial.
        const isInitial = kind === 'dot' && isUpper && INITIAL_BEFORE_NAME.test(line.slice(m[0].length));
        if (token.length === 1 && !isInitial)
          add(isUpper ? 'letter-upper' : 'letter-lower', token.toLowerCase().charCodeAt(0) - 96);
        break;
      }
      case 'space':
        add('arabic-space', Number(token));
        break;
      case 'ordinal':
        // "Second, ..." but not "One, two ..." prose: ordinal words only.
        add('ordinal-word', ordinalWordValue(token));
        break;
      case 'ordinal-is':
        add('ordinal-is', ordinalWordValue(token) ?? cardinalWordValue(token));
        break;
      case 'bullet':
        out.push({ style: 'bullet', value: 0, end });
        break;
    }
    if (out.length > 0) return out;
  }
  return [];
}

/**
 * Bracketed legal numbering at the start of a bullet item's text ("* (a) foreign
 * intelligence"): the item's real marker, in markdown and text alike. "E. H. Harrison" is not
 * numbered, so only a bracket counts.
 */
export function legalMarkerAfterBullet(itemText: string, start: number): Marker | undefined {
  if (!itemText.startsWith('(')) return undefined;
  return parseMarkers(itemText, start).find(
    (m) => m.style !== 'bullet' && m.style !== 'arabic-space' && m.style !== 'ordinal-word' && m.style !== 'ordinal-is',
  );
}
