// The words of an HTML block in a markdown page (a card of <table>/<td>/<br> lines, a
// <div> the converter kept), at the same offsets: tags are blanked to spaces, a tag that
// breaks the line in a browser (<br>, a cell, a paragraph) becomes a line break, and the
// common entities become their character. Scripts, styles and comments say nothing.

/** Tags a browser renders as a line break or a block of their own. */
const BREAKING_TAGS = new Set([
  'br',
  'p',
  'div',
  'tr',
  'td',
  'th',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'caption',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'section',
  'article',
  'header',
  'footer',
  'blockquote',
  'figure',
  'figcaption',
  'hr',
]);

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  nbsp: ' ',
  quot: '"',
  apos: "'",
  rsquo: '’',
  lsquo: '‘',
  ndash: '–',
  mdash: '—',
};

// A tag, a comment, or a script/style element with its contents.
const MARKUP =
  /<!--[\s\S]*?(?:-->|$)|<(script|style)\b[\s\S]*?(?:<\/\1\s*>|$)|<\/?([A-Za-z][\w-]*)[^>]*>?|&(#?\w{1,8});/g;

/** `html` with its markup blanked, line-breaking tags as line breaks; same length. */
export function htmlText(html: string): string {
  const out: string[] = [];
  let last = 0;
  for (const m of html.matchAll(MARKUP)) {
    out.push(html.slice(last, m.index));
    const length = m[0].length;
    const entity = m[3];
    const tag = m[2]?.toLowerCase();
    if (entity !== undefined) {
      const character = ENTITIES[entity.toLowerCase()] ?? decodeNumeric(entity);
      out.push(character === undefined ? ' '.repeat(length) : character.padEnd(length, ' '));
    } else if (tag !== undefined && BREAKING_TAGS.has(tag) && !isLineStart(out)) {
      out.push(`\n${' '.repeat(length - 1)}`);
    } else out.push(blankKeepingNewlines(m[0]));
    last = m.index + length;
  }
  out.push(html.slice(last));
  return out.join('');
}

function decodeNumeric(entity: string): string | undefined {
  const code = /^#x([0-9a-f]+)$/i.exec(entity)?.[1] ?? /^#(\d+)$/.exec(entity)?.[1];
  if (code === undefined) return undefined;
  const value = entity[1] === 'x' || entity[1] === 'X' ? Number.parseInt(code, 16) : Number(code);
  // One UTF-16 unit only, so the text keeps its length.
  return value > 0x1f && value < 0xd800 ? String.fromCharCode(value) : undefined;
}

/** True when only spaces stand between the last line break written and here. */
function isLineStart(out: string[]): boolean {
  for (let k = out.length - 1; k >= 0; k--) {
    const piece = out[k] as string;
    for (let i = piece.length - 1; i >= 0; i--) {
      const c = piece[i];
      if (c === '\n') return true;
      if (c !== ' ' && c !== '\t' && c !== '\r') return false;
    }
  }
  return true;
}

function blankKeepingNewlines(markup: string): string {
  return markup.replace(/[^\n]/g, ' ');
}
