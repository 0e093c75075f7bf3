// The head word of a body's name, which says what kind of body it is.

/** The head word of a body's name: the word before "of"/"for"/"on" in "Office of the X", "Committee on Y", else the last word. */
export function headWordOf(name: string): string {
  const words = name.trim().split(/\s+/);
  const of = words.findIndex((w) => w === 'of' || w === 'for' || w === 'on');
  return (of > 0 ? words[of - 1] : words[words.length - 1]) ?? '';
}
