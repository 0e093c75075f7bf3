// What a person's name and a post title look like, for the rewrites that move them between
// `Title: Name`, `Name, Title` and two-line profile blocks. Deliberately narrow: a line is
// rewritten only when both parts are unmistakable, so the rewrite keeps the meaning.

// Words that make a phrase a post title (a title has at least one).
const POST_WORDS = new Set([
  'minister',
  'secretary',
  'secretary-general',
  'director',
  'directors',
  'director-general',
  'president',
  'vice-president',
  'chair',
  'chairman',
  'chairwoman',
  'chairperson',
  'chief',
  'officer',
  'commissioner',
  'head',
  'governor',
  'executive',
  'manager',
  'administrator',
  'registrar',
  'mayor',
  'premier',
  'ambassador',
  'deputy',
  'principal',
  'scientist',
  'engineer',
  'counsel',
  'comptroller',
  'controller',
  'comptroller-general',
  'leader',
  'treasurer',
  'auditor',
  'inspector',
  'superintendent',
  'ceo',
  'cfo',
  'cio',
  'cto',
  'coo',
]);
const TITLE_CONNECTORS = new Set(['of', 'for', 'and', 'the', 'to', 'on', 'in', '&']);
const NAME_PARTICLES = new Set([
  'de',
  'da',
  'do',
  'dos',
  'das',
  'van',
  'von',
  'der',
  'den',
  'bin',
  'binti',
  'al',
  'el',
  'la',
  'le',
  'du',
  'di',
]);
const HONORIFIC = /^(?:Dr|Mr|Mrs|Ms|Prof|Sir|Dame|Smt|Shri|Hon)\.?$/;
const NAME_WORD = /^\p{Lu}[\p{L}'’.-]*$/u;
const NAME_SUFFIX = /,\s+(?:Jr|Sr|II|III)\.?$/;

/** True when `text` reads as one person's name: 2 to 5 capitalised words (particles and an honorific allowed). */
export function isPersonName(text: string): boolean {
  const words = text.replace(NAME_SUFFIX, '').trim().split(/\s+/);
  if (words[0] !== undefined && HONORIFIC.test(words[0])) words.shift();
  if (words.length < 2 || words.length > 5) return false;
  if (words.some((word) => POST_WORDS.has(word.toLowerCase()))) return false;
  return words.every(
    (word, index) => NAME_WORD.test(word) || (index > 0 && index < words.length - 1 && NAME_PARTICLES.has(word)),
  );
}

/** True when `text` reads as a post title: up to 10 words, capitalised start, no digits, one post word. */
export function isPostTitle(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length === 0 || words.length > 10 || /\d/.test(text) || !/^\p{Lu}/u.test(text)) return false;
  if (!words.some((word) => POST_WORDS.has(word.toLowerCase()))) return false;
  return words.every((word) => /^[\p{L}'’-]+$/u.test(word) || TITLE_CONNECTORS.has(word.toLowerCase()));
}
