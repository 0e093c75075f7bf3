// Stage "candidates" (EXTRACTION.md stage 3): the mentions of bodies, instruments and people
// in every piece and sentence of the outline, and bodies named by their own bracketed
// initials ("Strategy, Data, and Performance (SDP)"). Decides what is a name and what kind
// of thing it names; not yet Agency or Department.
import { findAcronymExpansions } from '../acronym-bodies.ts';
import type { OrganisationMention } from '../agencies.ts';
import { findMentions, type DocumentMentions } from '../mentions.ts';
import type { Stage } from '../stage-list.ts';
import type { DocumentModel } from '../types.ts';

/** What the candidates stage adds: every mention, bodies sorted by start (longest first). */
export interface Candidates {
  mentions: DocumentMentions;
}

export const candidatesStage: Stage<{ model: DocumentModel; text: string }, Candidates> = {
  name: 'candidates',
  does: 'body, instrument and person mentions per piece and sentence; bodies named by their bracketed initials',
  modules: [
    'stages/candidates.ts',
    'mentions.ts',
    'walk.ts',
    'sentences.ts',
    'agencies.ts',
    'name-runs.ts',
    'laws.ts',
    'people.ts',
    'leader-lines.ts',
    'post-lines.ts',
    'table-columns.ts',
    'acronym-bodies.ts',
  ],
  run: ({ model, text }) => {
    const mentions = findMentions(model);
    const taken = [
      ...mentions.organisations.map((o) => o.range),
      ...mentions.laws.map((l) => l.range),
      ...mentions.people.map((p) => p.range),
    ];
    const expansions = findAcronymExpansions(text, mentions.sentences, taken).map((range): OrganisationMention => ({
      range,
      extractor: 'agencies:acronym-expansion',
    }));
    const organisations = [...mentions.organisations, ...expansions].sort(
      (a, b) => a.range.start - b.range.start || b.range.end - a.range.end,
    );
    return { mentions: { ...mentions, organisations } };
  },
};
