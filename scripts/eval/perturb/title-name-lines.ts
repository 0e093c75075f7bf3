// Rewrite (c): a `Title: Name` line (also as a list item) becomes the name on one line and
// the title on the next (`Minister: Jane Doe` -> `Jane Doe` / `Minister`), the way profile
// pages set them. Consecutive ones are kept apart by a blank line, one block per person.
import { isPersonName, isPostTitle } from './people.ts';
import { linesOf, type Page, type Rewrite } from './page.ts';

const TITLE_NAME = /^(\s*(?:[-*+•]\s+)?)([^:]+?)\s*:\s+(.+?)\s*$/;

/** The title and name of a `Title: Name` text, or undefined. */
export function splitTitleName(line: string): { prefix: string; title: string; name: string } | undefined {
  const match = TITLE_NAME.exec(line);
  if (!match) return undefined;
  const [, prefix = '', title = '', name = ''] = match;
  return isPostTitle(title) && isPersonName(name) ? { prefix, title, name } : undefined;
}

/** Rewrite (c): `Title: Name` lines become a name line and a title line. */
export const nameLineTitleLine: Rewrite = {
  id: 'name-line-title-line',
  description: '`Title: Name` becomes a name line and a title line',
  apply(page: Page): Page {
    const out: string[] = [];
    const lines = linesOf(page.text);
    let previousWasBlock = false;
    for (const line of lines) {
      const parts = splitTitleName(line);
      if (!parts) {
        out.push(line);
        previousWasBlock = false;
        continue;
      }
      if (previousWasBlock) out.push('');
      out.push(`${parts.prefix}${parts.name}`, `${' '.repeat(parts.prefix.length)}${parts.title}`);
      previousWasBlock = true;
    }
    return { name: page.name, text: out.join('\n') };
  },
};
