// Stage "candidates" (EXTRACTION.md stage 3): the mentions of bodies, instruments and people
// in every piece and sentence of the outline, and bodies named by their own bracketed
// initials ("Strategy, Data, and Performance (SDP)"). Decides what is a name and what kind
// of thing it names; not yet Agency or Department.
import { findAcronymExpansions } from '../acronym-bodies.ts';
import type { OrganisationMention } from '../agencies.ts';
import { findMentions, type DocumentMentions } from '../mentions.ts';
import type { Stage } from '../stage-list.ts';
import type { TextRange } from '../types.ts';
import type { DocumentModel } from '../types.ts';

/** What the candidates stage adds: every mention, bodies sorted by start (longest first). */
export interface Candidates {
  mentions: DocumentMentions;
}

export const candidatesStage: Stage<{ model: DocumentModel; text: string }, Candidates> = {
  name: 'candidates',
  does: 'body, instrument and person mentions per piece and sentence, rosters of lines; bodies named by their bracketed initials',
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
    'appointed-members.ts',
    'member-lists.ts',
    'roster-lines.ts',
    'predecessors.ts',
    'prose-names.ts',
    'biographies.ts',
    'short-name-parents.ts',
    'table-columns.ts',
    'acronym-bodies.ts',
  ],
  run: ({ model, text }) => {
    const mentions = findMentions(model);
    const taken = [...mentions.laws.map((l) => l.range), ...mentions.people.map((p) => p.range)];
    // An expansion spelled out by its acronym outranks a shorter body name inside it
    // ("Botswana Government Communications and Information System (BGCIS)" over "Botswana
    // Government"), but not a body name it cuts across.
    const inside = (a: TextRange, b: TextRange): boolean => a.start >= b.start && a.end <= b.end;
    const expansions = findAcronymExpansions(text, mentions.sentences, taken)
      .filter((range) =>
        mentions.organisations.every(
          (o) => o.range.end <= range.start || o.range.start >= range.end || inside(o.range, range),
        ),
      )
      .filter(
        (range) => !mentions.organisations.some((o) => o.range.start === range.start && o.range.end === range.end),
      )
      .map((range): OrganisationMention => ({ range, extractor: 'agencies:acronym-expansion' }));
    const kept = mentions.organisations.filter((o) => !expansions.some((e) => inside(o.range, e.range)));
    const organisations = [...kept, ...expansions].sort(
      (a, b) => a.range.start - b.range.start || b.range.end - a.range.end,
    );
    return { mentions: { ...mentions, organisations } };
  },
};
