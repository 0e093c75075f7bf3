// The head word of a body's name, which says what kind of body it is.

// "Secretariat General", "Directorate-General" written apart: "General" after the head word
// ranks it, as it does in French and Spanish names ("Secrétariat général").
const POSTPOSED_RANK = /^(?:General|Général|General's)$/;

/** The head word of a body's name: the word before "of"/"for"/"on" in "Office of the X", "Committee on Y", else the last word. */
export function headWordOf(name: string): string {
  const words = name.trim().split(/\s+/);
  const of = words.findIndex((w) => w === 'of' || w === 'for' || w === 'on');
  // "Unit B2", "Directorate E": a code after the head word is no head.
  const last = words.length - 1;
  const at =
    of > 0 ? of - 1 : last > 0 && /^(?:\p{Lu}{1,3}\d{0,2}|\p{Lu}?\d{1,2})$/u.test(words[last] ?? '') ? last - 1 : last;
  const head = (at > 0 && POSTPOSED_RANK.test(words[at] ?? '') ? words[at - 1] : words[at]) ?? '';
  // "Directorate-General for X": the head word with its rank after a hyphen.
  return head.replace(/-General$/, '');
}
