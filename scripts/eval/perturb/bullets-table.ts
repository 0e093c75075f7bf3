// Rewrite (e, first half): a tight list of two or more short bullet items becomes a
// one-column pipe table with an empty header (the header adds no words of its own).
import { isBlank, linesOf, type Page, type Rewrite } from './page.ts';

const TOP_BULLET = /^(\s{0,3})([-*+•◦▪])\s+(.+?)\s*$/;
const MAX_ITEM_WORDS = 12;
const MAX_ITEM_CHARS = 100;

function shortItem(line: string): string | undefined {
  const match = TOP_BULLET.exec(line);
  if (!match) return undefined;
  const text = match[3]!;
  if (text.includes('|') || text.length > MAX_ITEM_CHARS || text.split(/\s+/).length > MAX_ITEM_WORDS) return undefined;
  return text;
}

/** Rewrite (e): short bullet lists become one-column tables. */
export const bulletsToTable: Rewrite = {
  id: 'bullets-to-table',
  description: 'a tight list of short bullet items becomes a one-column pipe table',
  apply(page: Page): Page {
    const lines = linesOf(page.text);
    const out: string[] = [];
    let index = 0;
    while (index < lines.length) {
      const marker = TOP_BULLET.exec(lines[index]!);
      let end = index;
      while (
        end < lines.length &&
        TOP_BULLET.exec(lines[end]!)?.slice(1, 3).join('') === marker?.slice(1, 3).join('') &&
        shortItem(lines[end]!) !== undefined
      )
        end++;
      // Only a whole list: two items or more, nothing indented under it, no longer item in it.
      const next = lines[end];
      const isWholeList =
        marker !== null &&
        end - index >= 2 &&
        (isBlank(next) || (!/^\s/.test(next!) && !TOP_BULLET.test(next!))) &&
        (index === 0 || !TOP_BULLET.test(lines[index - 1]!));
      if (!isWholeList) {
        out.push(lines[index]!);
        index++;
        continue;
      }
      if (out.length > 0 && !isBlank(out[out.length - 1])) out.push('');
      out.push('|  |', '| --- |', ...lines.slice(index, end).map((line) => `| ${shortItem(line)} |`));
      if (!isBlank(next)) out.push('');
      index = end;
    }
    return { name: page.name, text: out.join('\n') };
  },
};
