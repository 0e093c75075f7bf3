// Info-box fields (EXTRACTION.md stage 1, info boxes): an encyclopaedia's info box says in its
// field names how each value stands to the page's body: "Child agencies" are under it, a
// "Parent agency" is over it, a "Key document" is its legal basis ("Legal basis:" lines have their own rule), "Minister responsible" or
// "Minister1 Name" holds a post in it. Numbered field names ("Child2 Agency") count as the
// field they number.
import { isPostTitle } from './people.ts';

/** How a field's value stands to the page's body. */
export type FieldRole =
  { kind: 'child-body' } | { kind: 'parent-body' } | { kind: 'instrument' } | { kind: 'post'; title: string };

const CHILD = /^(?:child|subordinate|sub)\s*(?:agenc(?:y|ies)|bod(?:y|ies)|organi[sz]ations?|units?)$/;
const PARENT = /^parent\s*(?:agency|department|ministry|body|organi[sz]ation)$/;
const INSTRUMENT =
  /^(?:key\s*documents?|constituting\s+instruments?|founding\s+(?:act|instrument|document)s?|enabling\s+(?:act|legislation)|establishing\s+(?:act|law|legislation|instrument)|(?:established|created|constituted)\s+(?:by|under)(?:\s*\/\s*(?:by|under))?|governing\s+(?:law|legislation))$/;
// "Minister responsible", "Minister Name", "Chief executive": a post, with a name as value.
const POST_FIELD = /^(.+?)(?:\s+(?:[Nn]ame|responsible))?$/;

/** The role of an info-box field from its name, or null for a field that relates nothing. */
export function fieldRole(key: string): FieldRole | null {
  const name = key.replace(/\d+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
  if (CHILD.test(name)) return { kind: 'child-body' };
  if (PARENT.test(name)) return { kind: 'parent-body' };
  if (INSTRUMENT.test(name)) return { kind: 'instrument' };
  const written = key.replace(/\d+/g, ' ').replace(/\s+/g, ' ').trim();
  const title = (POST_FIELD.exec(written)?.[1] ?? '').replace(/^\p{L}/u, (c) => c.toUpperCase());
  return title && isPostTitle(title) ? { kind: 'post', title } : null;
}
