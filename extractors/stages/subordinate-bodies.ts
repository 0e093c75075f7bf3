// Stage "subordinate-bodies" (EXTRACTION.md stage 4): a list under a heading that announces
// subordinate or affiliated bodies names a body in each item, even one with no head word
// ("Fishery Survey of X", "Parks Foundation"), when the item reads as a name on its own line.
import type { OrganisationMention } from '../agencies.ts';
import { RangeIndex } from '../range-index.ts';
import { collapseSpace } from '../spans.ts';
import type { Stage } from '../stage-list.ts';
import type { DocumentModel } from '../types.ts';
import { SUBORDINATE_LIST, unitNameOfHeading } from '../unit-lists.ts';
import { allSections } from '../walk.ts';

const TRAILING_INITIALS = /\s*\(\p{Lu}[\p{Lu}&.]{1,9}\)$/u;

export const subordinateBodiesStage: Stage<
  { model: DocumentModel; text: string; bodies: OrganisationMention[] },
  { bodies: OrganisationMention[] }
> = {
  name: 'subordinate-bodies',
  does: 'items of a subordinate-body list that name a body without a head word',
  modules: ['stages/subordinate-bodies.ts', 'unit-lists.ts', 'walk.ts'],
  run: ({ model, text, bodies }) => {
    const organisations = [...bodies];
    for (const section of allSections(model.root, text)) {
      if (
        !section.heading ||
        !SUBORDINATE_LIST.test(collapseSpace(text.slice(section.heading.start, section.heading.end)))
      )
        continue;
      // Rebuilt per section: a name one section added counts as taken in the next.
      const mentionIndex = new RangeIndex(organisations);
      for (const list of section.children) {
        if (list.kind !== 'list') continue;
        for (const item of list.items) {
          if (mentionIndex.within(item.head).some((o) => o.range.start <= item.head.start + 3)) continue;
          const name = unitNameOfHeading(text, item);
          if (!name) continue;
          // "... Scientific Computation (LNCC)": the initials after the name are its alias,
          // read from the brackets as after any body's name.
          const initials = TRAILING_INITIALS.exec(text.slice(name.start, name.end));
          const range = initials ? { start: name.start, end: name.end - initials[0].length } : name;
          organisations.push({ range, extractor: 'agencies:subordinate-list-item' });
        }
      }
    }
    return { bodies: organisations };
  },
};
