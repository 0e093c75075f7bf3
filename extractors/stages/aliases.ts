// Stage "aliases" (EXTRACTION.md stage 6, run early because grouping and typing need it):
// the short forms a document declares for its bodies (bracketed acronyms, "hereinafter"
// names, quoted short names, an acronym before its expansion, apposition) and each later use
// of such a short form on its own.
import type { OrganisationMention } from '../agencies.ts';
import { findAliasOccurrences, findAliasPairs, type AliasPair } from '../aliases.ts';
import type { DocumentMentions } from '../mentions.ts';
import type { Stage } from '../stage-list.ts';

/** What the aliases stage adds: the declared pairs, and every body mention so far. */
export interface Aliased {
  /** Name/alias pairs; an alias not found verbatim in the text has aliasRange.start -1. */
  aliasPairs: AliasPair[];
  /** Head-word mentions, then declared aliases, then their later occurrences. */
  bodies: OrganisationMention[];
}

export const aliasesStage: Stage<{ text: string; mentions: DocumentMentions }, Aliased> = {
  name: 'aliases',
  does: 'declared short forms of bodies (brackets, hereinafter, quoted, acronym first, apposition) and their later uses',
  modules: ['stages/aliases.ts', 'aliases.ts'],
  run: ({ text, mentions }) => {
    const aliasPairs = findAliasPairs(text, mentions.organisations);
    const occurrences = findAliasOccurrences(
      text,
      aliasPairs.map((p) => p.alias),
      [...mentions.organisations.map((o) => o.range), ...aliasPairs.map((p) => p.aliasRange)],
    );
    const bodies: OrganisationMention[] = [
      ...mentions.organisations,
      ...aliasPairs
        .filter((p) => p.aliasRange.start >= 0)
        .map((p): OrganisationMention => ({ range: p.aliasRange, extractor: p.extractor })),
      ...occurrences.map((range): OrganisationMention => ({ range, extractor: 'aliases:occurrence' })),
    ];
    return { aliasPairs, bodies };
  },
};
