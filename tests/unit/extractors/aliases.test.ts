// aliases.ts: "ACR (Expansion)" pairs, the "herein after" spelling, and initials.
import { describe, expect, it } from 'vitest';
import { findAliasOccurrences, initialsOf } from '../../../extractors/aliases.ts';
import { extract } from './helpers.ts';

const aliasesOf = (doc: string, name: string): string[] =>
  extract(doc).entities.find((e) => e.name === name)?.aliases ?? [];

describe('aliases', () => {
  it('pairs an acronym with the expansion in brackets after it', () => {
    const doc = 'Harbour Notes\n\nThe port is run by HDA (Harbour Development Agency). HDA is leading the dredging.\n';
    expect(aliasesOf(doc, 'Harbour Development Agency')).toContain('HDA');
  });

  it.each(['herein after', 'hereinafter', 'hereafter'])('reads "(%s referred to as ...)"', (cue) => {
    const doc = `Survey Notes\n\nThe Coastal Survey Agency (${cue} referred to as "CSA") maps the shore. CSA publishes charts.\n`;
    expect(aliasesOf(doc, 'Coastal Survey Agency')).toContain('CSA');
  });

  it.each([
    ['African Union Commission', 'AUC'],
    ['AU Commission', 'AUC'],
    ['Strategy, Data, and Performance', 'SDP'],
    ['Office of the Registrar', 'OR'],
  ])('initialsOf(%j) = %j', (name, initials) => {
    expect(initialsOf(name)).toBe(initials);
  });

  describe('later occurrences of declared aliases', () => {
    const found = (text: string, aliases: string[], taken: Array<{ start: number; end: number }> = []): string[] =>
      findAliasOccurrences(text, aliases, taken).map((r) => text.slice(r.start, r.end));

    it('finds whole words only, after any letter or digit of any script', () => {
      expect(found('HDA, HDAs, ÉHDA, 2HDA, HDA2, HDAé and (HDA) and HDA-led', ['HDA'])).toEqual(['HDA', 'HDA', 'HDA']);
    });

    it('prefers the longest alias at a position and does not overlap', () => {
      expect(found('The Port Agency and the Port met.', ['Port', 'Port Agency'])).toEqual(['Port Agency', 'Port']);
      expect(found('Port Agencyx Port', ['Port', 'Port Agency'])).toEqual(['Port', 'Port']);
    });

    it('skips what other mentions already cover, and is case-sensitive', () => {
      const text = 'HDA met hda. HDA left.';
      expect(found(text, ['HDA'], [{ start: 0, end: 3 }])).toEqual(['HDA']);
    });

    it('reads aliases that open with a mark the same way', () => {
      expect(found('the “HDA” and “HDA”x', ['“HDA”'])).toEqual(['“HDA”']);
    });
  });
});
