// aliases.ts: "ACR (Expansion)" pairs, the "herein after" spelling, and initials.
import { describe, expect, it } from 'vitest';
import { initialsOf } from '../../../extractors/aliases.ts';
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
});
