// The body a post names by its wording (EXTRACTION.md stage 6, head-final <-> head-initial):
// "Minister for Public Expenditure and Reform" sits in the "Department of Public
// Expenditure and Reform"; the "Government Chief Information Officer" heads the "Office of
// the Government Chief Information Officer".
import { normaliseName } from './normalise-name.ts';
import { POST_WORDS } from './vocabulary.ts';

// "Foreign Affairs & Trade" and "Foreign Affairs and Trade": "&" and "and" are one word.
const wordsOf = (name: string): string => normaliseName(name.replace(/\s&\s/g, ' and '));

/** The key of the body whose name the post's wording points to, or null. */
export function bodyOfPost(title: string, bodies: ReadonlyMap<string, readonly string[]>): string | null {
  const post = wordsOf(title);
  const domain = /\b(?:for|of)\s+(.+)$/.exec(post)?.[1];
  for (const [key, names] of bodies) {
    for (const name of names.map(wordsOf)) {
      if (name === `office of ${post}` || name === `office of the ${post}`) return key;
      if (
        domain &&
        domain.split(' ').length >= 2 &&
        (name.endsWith(` of ${domain}`) || name.endsWith(` for ${domain}`))
      )
        return key;
    }
  }
  return null;
}

/**
 * "PRIME MINISTER and MINISTER OF FOREIGN AFFAIRS & TRADE": the body a second post joined by
 * "and" names, with that post as the title, when the first names none.
 */
export function bodyOfJointPost(
  post: string,
  bodies: ReadonlyMap<string, readonly string[]>,
): { key: string; title: string } | null {
  const parts = post.split(/\s+and\s+/i);
  for (const part of parts.slice(1)) {
    const opening = part.split(/\s+/).slice(0, 2);
    if (!opening.some((w) => POST_WORDS.has(w.toLowerCase()))) continue;
    const key = bodyOfPost(part, bodies);
    if (key) return { key, title: part.trim() };
  }
  return null;
}
