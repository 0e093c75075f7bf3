// Rewrite (f): markdown headings shifted one level, hierarchy kept: every heading below the
// title (`##` and deeper) goes one level down (`##` -> `###`, `###` -> `####` ...); where a
// `######` leaves no room, levels from `###` go one up instead when no `##` is in the way.
// Text pages have no heading levels, so they are left alone.
import { isMarkdown, linesOf, type Page, type Rewrite } from './page.ts';

const ATX = /^(\s{0,3})(#{1,6})(\s+.*|)$/;

/** Rewrite (f): one heading level shifted. */
export const headingLevelShift: Rewrite = {
  id: 'heading-level-shift',
  description: 'every heading from `##` down moves one level (`##` -> `###` ...)',
  apply(page: Page): Page {
    if (!isMarkdown(page.name)) return page;
    const lines = linesOf(page.text);
    const levels = lines.map((line) => ATX.exec(line)?.[2]?.length ?? 0);
    const deepest = Math.max(0, ...levels);
    let shift: number;
    let from: number;
    if (deepest >= 2 && deepest < 6) [shift, from] = [1, 2];
    else if (deepest === 6 && !levels.includes(2)) [shift, from] = [-1, 3];
    else return page;
    const out = lines.map((line, index) => {
      const level = levels[index]!;
      if (level < from) return line;
      const match = ATX.exec(line)!;
      return `${match[1]}${'#'.repeat(level + shift)}${match[3]}`;
    });
    return { name: page.name, text: out.join('\n') };
  },
};
