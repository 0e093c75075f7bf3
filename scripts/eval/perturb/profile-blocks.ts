// Rewrite (e, second half): a simple person line, `Name, Title`, `Name – Title`,
// `Name : Title` or `Title: Name`, bulleted or not, becomes a profile block of two lines
// (the name, then the title), each block apart from the next by a blank line.
import { isPersonName, isPostTitle } from './people.ts';
import { isBlank, linesOf, type Page, type Rewrite } from './page.ts';

const BULLET = /^\s*(?:[-*+•◦▪]\s+)?/;
const NAME_FIRST = /^(\*\*)?([^,:*–—]+?)\1?(?:,|\s+[-–—]|\s+:)\s+(.+?)\s*$/;
const TITLE_FIRST = /^([^:]+?)\s*:\s+(\*\*)?(.+?)\2?\s*$/;

/** The name (as written, bold kept) and title of a simple person line, or undefined. */
export function splitPersonLine(line: string): { name: string; title: string } | undefined {
  const text = line.replace(BULLET, '');
  const nameFirst = NAME_FIRST.exec(text);
  if (nameFirst && isPersonName(nameFirst[2]!) && isPostTitle(nameFirst[3]!)) {
    return { name: `${nameFirst[1] ?? ''}${nameFirst[2]}${nameFirst[1] ?? ''}`, title: nameFirst[3]! };
  }
  const titleFirst = TITLE_FIRST.exec(text);
  if (titleFirst && isPostTitle(titleFirst[1]!) && isPersonName(titleFirst[3]!)) {
    return { name: `${titleFirst[2] ?? ''}${titleFirst[3]}${titleFirst[2] ?? ''}`, title: titleFirst[1]! };
  }
  return undefined;
}

/** Rewrite (e): person lines become two-line profile blocks. */
export const profileBlocks: Rewrite = {
  id: 'profile-blocks',
  description: '`Name, Title` / `Title: Name` lines (bulleted or not) become two-line profile blocks',
  apply(page: Page): Page {
    const out: string[] = [];
    const lines = linesOf(page.text);
    for (const [index, line] of lines.entries()) {
      const person = splitPersonLine(line);
      if (!person) {
        out.push(line);
        continue;
      }
      if (out.length > 0 && !isBlank(out[out.length - 1])) out.push('');
      out.push(person.name, person.title);
      if (!isBlank(lines[index + 1])) out.push('');
    }
    return { name: page.name, text: out.join('\n') };
  },
};
