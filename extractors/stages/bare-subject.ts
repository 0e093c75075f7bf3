// Stage "bare-subject" (EXTRACTION.md stage 5, the bottom of the subject stack): an excerpt
// that calls its body only "the Secretariat" from its title or first sentence on, and names
// no body with that head word, has that body as a candidate under the head word.
import type { OrganisationMention } from '../agencies.ts';
import { findBareSubject } from '../bare-subject.ts';
import type { DocumentMentions } from '../mentions.ts';
import type { Stage } from '../stage-list.ts';
import type { TextRange } from '../types.ts';

export const bareSubjectStage: Stage<
  { text: string; title: TextRange | null; mentions: DocumentMentions; bodies: OrganisationMention[] },
  { bodies: OrganisationMention[] }
> = {
  name: 'bare-subject',
  does: 'a body the excerpt calls only "the <head word>" from its title or first sentence on, named by that word',
  modules: ['stages/bare-subject.ts', 'bare-subject.ts'],
  run: ({ text, title, mentions, bodies }) => {
    const taken = [...mentions.laws.map((l) => l.range), ...mentions.people.map((p) => p.range)];
    // The first sentence of running text: a one- or two-word line above it is a title.
    const first = mentions.sentences.find(
      (s) => (!title || s.start >= title.end) && text.slice(s.start, s.end).trim().split(/\s+/).length >= 3,
    );
    const bare = findBareSubject(text, title, first, bodies, taken).map((range): OrganisationMention => ({
      range,
      extractor: 'agencies:bare-subject',
    }));
    return { bodies: [...bodies, ...bare].sort((a, b) => a.range.start - b.range.start || b.range.end - a.range.end) };
  },
};
