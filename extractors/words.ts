// Word splitting shared by the stages that count or compare words.

/** A word with its first letter in capitals and the rest in lower case ("DIRECTOR" -> "Director"). */
export function capitalised(word: string): string {
  return `${word.charAt(0).toUpperCase()}${word.slice(1).toLowerCase()}`;
}

/** The whitespace-separated words of a string. */
export function wordsOf(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}
