// Rewrite (d): the same page as plain text or as markdown. markdown -> text writes what a
// reader sees: headings as stand-alone lines, no emphasis marks, links as their text,
// bullets as `- `. text -> markdown writes what a converter would: short stand-alone title
// lines become `##` headings, `•` bullets `- `, and line breaks inside a block stay line
// breaks (two trailing spaces), so no two lines of the text run together. The file name's
// extension changes with the format.
import { isBlank, isMarkdown, LIST_ITEM, linesOf, type Page, type Rewrite } from './page.ts';

function withExtension(name: string, extension: string): string {
  return name.replace(/\.[^./]+$/, '') + extension;
}

/** Markdown inline syntax to its text: links, images, code, emphasis, escapes, HTML tags. */
export function plainInline(text: string): string {
  return text
    .replace(/!?\[([^\]]*)\]\((?:[^()\s]|\([^)]*\))*(?:\s+"[^"]*")?\)/g, '$1')
    .replace(/<(https?:[^>\s]+)>/g, '$1')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/\*\*\*(\S(?:.*?\S)?)\*\*\*/g, '$1')
    .replace(/\*\*(\S(?:.*?\S)?)\*\*/g, '$1')
    .replace(/(^|[^\p{L}\p{N}_])__(\S(?:.*?\S)?)__(?![\p{L}\p{N}])/gu, '$1$2')
    .replace(/(^|[^*\\])\*(\S(?:.*?\S)?)\*(?!\*)/g, '$1$2')
    .replace(/(^|[^\p{L}\p{N}_\\])_(\S(?:.*?\S)?)_(?![\p{L}\p{N}])/gu, '$1$2')
    .replace(/<!--.*?-->/g, '')
    .replace(/<\/?(?:p|div|span|em|strong|b|i|u|sup|sub|small|a|font)(?:\s[^>]*)?>/gi, '')
    .replace(/\\([\\`*_{}[\]()#+\-.!|>~])/g, '$1');
}

function markdownLinesToText(lines: string[]): string[] {
  const out: string[] = [];
  let index = 0;
  // Front matter: its fields stay as lines, its fences go.
  if (lines[0]?.trim() === '---') {
    const close = lines.findIndex((line, at) => at > 0 && line.trim() === '---');
    if (close > 0) {
      out.push(...lines.slice(1, close));
      index = close + 1;
    }
  }
  for (; index < lines.length; index++) {
    let line = lines[index]!.replace(/\s+$/, '').replace(/\\$/, '');
    if (/^\s{0,3}(`{3,}|~{3,})/.test(line)) continue;
    // Thematic breaks and setext underlines carry no words.
    if (/^\s{0,3}(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,}|=+)$/.test(line)) {
      out.push('');
      continue;
    }
    line = line.replace(/^(\s*)(?:>\s?)+/, '$1');
    const heading = /^\s{0,3}#{1,6}\s+(.*?)(?:\s+#+)?$/.exec(line);
    if (heading) {
      if (out.length > 0 && !isBlank(out[out.length - 1])) out.push('');
      out.push(plainInline(heading[1]!));
      continue;
    }
    line = line.replace(/^(\s*)[*+](\s+)/, '$1-$2');
    out.push(plainInline(line));
  }
  return out;
}

const MAX_TITLE_WORDS = 8;
const MAX_TITLE_CHARS = 60;

function isTitleLike(line: string | undefined): boolean {
  if (line === undefined) return false;
  const text = line.trim();
  return (
    text.length > 0 &&
    text.length <= MAX_TITLE_CHARS &&
    text.split(/\s+/).length <= MAX_TITLE_WORDS &&
    /^\p{Lu}/u.test(text) &&
    !/[.,;:!?|]$/.test(text) &&
    !text.includes(':') &&
    !LIST_ITEM.test(line)
  );
}

/** True for a short title line standing alone (after a blank line, with content, not another title, after it). */
function isStandAloneTitle(lines: string[], index: number): boolean {
  if (!isTitleLike(lines[index]) || !isBlank(lines[index - 1])) return false;
  let next = index + 1;
  while (next < lines.length && isBlank(lines[next])) next++;
  return next < lines.length && !isTitleLike(lines[next]);
}

/** True when line `index` is a list item or a line of one (the list has not ended yet). */
function listItemOpen(lines: string[], index: number): boolean {
  for (let at = index; at >= 0 && !isBlank(lines[at]); at--) {
    if (LIST_ITEM.test(lines[at]!)) return true;
    // Only indented lines continue an item.
    if (!/^\s/.test(lines[at]!)) return false;
  }
  return false;
}

function textLinesToMarkdown(lines: string[]): string[] {
  const out: string[] = [];
  const isTableRow = (line: string | undefined) => line !== undefined && line.includes('|');
  for (const [index, raw] of lines.entries()) {
    let line = raw.replace(/^(\s*)[•◦▪·](\s+)/, '$1-$2');
    if (isStandAloneTitle(lines, index)) {
      out.push(`## ${line.trim()}`);
      continue;
    }
    // Four spaces after a blank line would open a code block; text has no code blocks.
    if (/^\s{4,}/.test(line) && isBlank(lines[index - 1])) line = line.trimStart();
    if (/^\s{0,3}#/.test(line)) line = line.replace('#', '\\#');
    const next = lines[index + 1];
    if (isBlank(line) || isBlank(next) || LIST_ITEM.test(next!) || isStandAloneTitle(lines, index + 1)) {
      out.push(line);
      continue;
    }
    // A list or a table ends where a line that is neither follows, and a table starts on a
    // line of its own: markdown would otherwise run them into the next block.
    const endsBlock = (listItemOpen(lines, index) && !/^\s/.test(next!)) || isTableRow(line) !== isTableRow(next);
    if (endsBlock) out.push(line, '');
    else out.push(isTableRow(line) ? line : `${line.replace(/\s+$/, '')}  `);
  }
  return out;
}

/** Rewrite (d): markdown pages as plain text. */
export const markdownToText: Rewrite = {
  id: 'markdown-to-text',
  description: 'a markdown page as the plain text a reader sees (.md -> .txt)',
  apply(page: Page): Page {
    if (!isMarkdown(page.name)) return page;
    // An HTML line break is a line break in text.
    const text = page.text.replace(/[ \t]*<br\s*\/?>[ \t]*/gi, '\n');
    return { name: withExtension(page.name, '.txt'), text: markdownLinesToText(linesOf(text)).join('\n') };
  },
};

/** Rewrite (d): text pages as markdown. */
export const textToMarkdown: Rewrite = {
  id: 'text-to-markdown',
  description: 'a text page as markdown: title lines as `##` headings, line breaks kept (.txt -> .md)',
  apply(page: Page): Page {
    if (isMarkdown(page.name)) return page;
    return { name: withExtension(page.name, '.md'), text: textLinesToMarkdown(linesOf(page.text)).join('\n') };
  },
};
