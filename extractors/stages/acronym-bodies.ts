// Stage "acronym-bodies" (EXTRACTION.md stage 3, acronyms as candidates): an acronym no other
// mention covers that the page uses as a body ("LWRA's board", "LWRA is leading") at least
// twice names a body, as does one that spells a named body's initials. After aliases, so a
// declared acronym is not counted twice.
import { findAcronymBodies } from '../acronym-bodies.ts';
import { initialsOf } from '../aliases.ts';
import type { OrganisationMention } from '../agencies.ts';
import type { DocumentMentions } from '../mentions.ts';
import type { Stage } from '../stage-list.ts';

export const acronymBodiesStage: Stage<
  { text: string; mentions: DocumentMentions; bodies: OrganisationMention[] },
  { bodies: OrganisationMention[] }
> = {
  name: 'acronym-bodies',
  does: 'acronyms used as bodies (possessive owner, subject of a verb, before a post) at least twice, or spelling a named body',
  modules: ['stages/acronym-bodies.ts', 'acronym-bodies.ts'],
  run: ({ text, mentions, bodies }) => {
    const taken = [
      ...bodies.map((o) => o.range),
      ...mentions.laws.map((l) => l.range),
      ...mentions.people.map((p) => p.range),
    ];
    const spelled = new Set(bodies.map((o) => initialsOf(text.slice(o.range.start, o.range.end))));
    const acronyms = findAcronymBodies(text, mentions.sentences, taken, spelled).map((range): OrganisationMention => ({
      range,
      extractor: 'agencies:acronym-body',
    }));
    return { bodies: [...bodies, ...acronyms] };
  },
};
