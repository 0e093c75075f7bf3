// A document as the perturbation rewrites see it, and the shape of a rewrite.

/** A document: its file name (which says markdown or text) and its text. */
export interface Page {
  name: string;
  text: string;
}

/** A meaning-preserving rewrite of a page; returns the page unchanged where it does not apply. */
export interface Rewrite {
  /** Short kebab-case name used in tables and test titles. */
  id: string;
  /** What the rewrite does, in one line. */
  description: string;
  apply(page: Page): Page;
}

/** True for a markdown file name (.md, .markdown). */
export function isMarkdown(name: string): boolean {
  return /\.(md|markdown)$/i.test(name);
}

/** True when `rewritten` differs from `page` in name or text. */
export function isChanged(page: Page, rewritten: Page): boolean {
  return page.name !== rewritten.name || page.text !== rewritten.text;
}

/** Splits text into lines ('\n'; the evaluation pages have no '\r'). */
export function linesOf(text: string): string[] {
  return text.split('\n');
}

/** True for an empty or whitespace-only line (or a line past the end). */
export function isBlank(line: string | undefined): boolean {
  return line === undefined || line.trim() === '';
}

/** A bullet or numbered list item: its indentation, marker and the text after it. */
export const LIST_ITEM = /^(\s*)([-*+•◦▪]|\d{1,3}[.)])\s+(.*)$/;
