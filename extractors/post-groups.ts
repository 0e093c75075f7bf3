// The body a group of posts belongs to, as the page states it once in the plural ("seven new commissioners
// of the X Commission have resumed duty"): a later "Name, commissioner for Y" whose post names
// no body holds it there (EXTRACTION.md stage 5, owners from what the text says).
import { POST_WORDS } from './vocabulary.ts';
import type { TextRange } from './types.ts';

interface Body {
  range: TextRange;
  key: string;
}

const GROUP_LINK = /^\s*(?:of|at|in|to)\s+(?:the\s+)?$/i;
const MAX_LINK_CHARS = 12;

/** The post word a title is headed by ("commissioner" in "commissioner for Trade"), lower case. */
function postWordOf(title: string): string | null {
  for (const word of title.toLowerCase().split(/\s+/)) if (POST_WORDS.has(word)) return word;
  return null;
}

/**
 * The one body the page names right after the post word in the plural ("commissioners of the
 * X Commission", "directors at the Y Office"), or null when it names none or several. The
 * singular names one holder's post, not the group's.
 */
export function bodyOfPostGroup(text: string, title: string, bodies: readonly Body[]): string | null {
  const word = postWordOf(title);
  if (!word) return null;
  const found = new Set<string>();
  // In lower case: "Members of Parliament", "Commissioners of Police" are titles, not a group.
  const pattern = new RegExp(String.raw`\b${word}s\b`, 'g');
  for (const m of text.matchAll(pattern)) {
    const end = m.index + m[0].length;
    for (const body of bodies)
      if (
        body.range.start >= end &&
        body.range.start - end <= MAX_LINK_CHARS &&
        GROUP_LINK.test(text.slice(end, body.range.start))
      )
        found.add(body.key);
  }
  return found.size === 1 ? ([...found][0] as string) : null;
}
