// short-name-parents.ts: "X of the <head word>" is a unit of the one body the document names
// with that head word, or of the body an interpretation clause defines the word as.
import { describe, expect, it } from 'vitest';
import type { OrganisationMention } from '../../../extractors/agencies.ts';
import { attachUnitsOfShortNames } from '../../../extractors/short-name-parents.ts';

function mentionsOf(text: string, names: string[]): OrganisationMention[] {
  let from = 0;
  return names.map((name) => {
    const start = text.indexOf(name, from);
    from = start + name.length;
    return { range: { start, end: start + name.length }, extractor: 'agencies:head-word' };
  });
}

const parentOf = (text: string, m: OrganisationMention): string | null =>
  m.parent ? text.slice(m.parent.start, m.parent.end) : null;

describe('units of a body named by its head word', () => {
  it('attaches to the only named body with that head word', () => {
    const text = 'The Lake Survey Authority met. The Secretariat of the Authority wrote.';
    const mentions = mentionsOf(text, ['Lake Survey Authority', 'Secretariat of the Authority']);
    attachUnitsOfShortNames(text, mentions);
    expect(parentOf(text, mentions[1] as OrganisationMention)).toBe('Lake Survey Authority');
    expect(mentions[1]?.extractor).toBe('agencies:x-of-the-y');
  });

  it('leaves it alone when two named bodies share the head word and no clause says which', () => {
    const text = 'The Lake Commission and the Peace Commission met. The Board of the Commission wrote.';
    const mentions = mentionsOf(text, ['Lake Commission', 'Peace Commission', 'Board of the Commission']);
    attachUnitsOfShortNames(text, mentions);
    expect(mentions[2]?.parent).toBeUndefined();
  });

  it('follows the interpretation clause that defines the head word', () => {
    const text =
      '"Commission" means the Lake Commission established by section 2; the Peace Commission advises. The Board of the Commission meets.';
    const mentions = mentionsOf(text, ['Lake Commission', 'Peace Commission', 'Board of the Commission']);
    attachUnitsOfShortNames(text, mentions);
    expect(parentOf(text, mentions[2] as OrganisationMention)).toBe('Lake Commission');
  });

  it('does not read a body of its own name as a unit ("Department of the Treasury")', () => {
    const text = 'The Treasury Board met. The Department of the Treasury wrote.';
    const mentions = mentionsOf(text, ['Treasury Board', 'Department of the Treasury']);
    attachUnitsOfShortNames(text, mentions);
    expect(mentions[1]?.parent).toBeUndefined();
  });
});
