// Rewrite (b): a bold lead followed by its description on the same line (`**X** – d`,
// `**X** - d`, `**X**: d`, `**X:** d`), also inside a list item, becomes the bold lead on a
// line of its own and the description as the next paragraph.
import { isBlank, linesOf, type Page, type Rewrite } from './page.ts';

const LIST_MARKER = /^(\s*)([-*+]|\d{1,3}[.)])(\s+)/;
// The lead, then a dash with a space after it or a colon, then a description.
const BOLD_LEAD = /^\*\*(.+?)\*\*(?:\s+[-–—]\s+|\s*[–—]\s*|\s*:\s+)(\S.*)$/;
const BOLD_LEAD_COLON_INSIDE = /^\*\*(.+?):\*\*\s+(\S.*)$/;

/** The lead and description of a `**X** – d` text, or undefined. */
export function splitBoldLead(text: string): { lead: string; description: string } | undefined {
  const match = BOLD_LEAD_COLON_INSIDE.exec(text) ?? BOLD_LEAD.exec(text);
  if (!match) return undefined;
  return { lead: match[1]!, description: match[2]! };
}

/** Rewrite (b): bold lead and description on separate paragraphs. */
export const boldLeadParagraph: Rewrite = {
  id: 'bold-lead-paragraph',
  description: '`**X** – d` (also `- d`, `: d`, in list items too) becomes a bold line and a paragraph',
  apply(page: Page): Page {
    const out: string[] = [];
    const lines = linesOf(page.text);
    for (const [index, line] of lines.entries()) {
      const marker = LIST_MARKER.exec(line);
      const prefix = marker ? marker[0] : /^\s*/.exec(line)![0];
      const parts = splitBoldLead(line.slice(prefix.length));
      if (!parts) {
        out.push(line);
        continue;
      }
      if (marker) {
        // The description becomes a second paragraph of the same item.
        const continuation = ' '.repeat(prefix.length);
        out.push(`${prefix}**${parts.lead}**`, '', `${continuation}${parts.description}`);
        continue;
      }
      if (!isBlank(out[out.length - 1]) && out.length > 0) out.push('');
      out.push(`${prefix}**${parts.lead}**`, '', `${prefix}${parts.description}`);
      if (!isBlank(lines[index + 1])) out.push('');
    }
    return { name: page.name, text: out.join('\n') };
  },
};
