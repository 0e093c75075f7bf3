// Word splitting shared by the stages that count or compare words.

/** The whitespace-separated words of a string. */
export function wordsOf(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}
