// The body a post names by its wording (EXTRACTION.md stage 6, head-final <-> head-initial):
// "Minister for Public Expenditure and Reform" sits in the "Department of Public
// Expenditure and Reform"; the "Government Chief Information Officer" heads the "Office of
// the Government Chief Information Officer".
import { normaliseName } from './normalise-name.ts';

/** The key of the body whose name the post's wording points to, or null. */
export function bodyOfPost(title: string, bodies: ReadonlyMap<string, readonly string[]>): string | null {
  const post = normaliseName(title);
  const domain = /\b(?:for|of)\s+(.+)$/.exec(post)?.[1];
  for (const [key, names] of bodies) {
    for (const name of names.map(normaliseName)) {
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
