// An organisation list converted from a word processor, whose second-level bullets became the
// letter "o" ("* Office of the Director" / "o Office of Public Affairs"), and a list of ranks
// after it. Written here.
import { describe, expect, it } from 'vitest';
import { extract, triplesOf } from './helpers.ts';

const PAGE = [
  'The Bureau is organized into two branches and the Office of the Director.',
  '',
  '* Office of the Director',
  'o Office of Public Affairs',
  'o Finance Division',
  '',
  '* Field Operations Branch',
  'o Inspection Division',
  'o Harbour Patrol Division',
  '',
  'The following is a complete listing of the rank structure found within the Bureau;',
  '',
  '* Probationary Agent',
  '* Special Agent',
  '* Senior Special Agent',
  '',
].join('\n');

const TITLED = `# Federal Harbour Bureau\n\n${PAGE}`;
const PLAIN = `Federal Harbour Bureau\n\n${PAGE}`;

describe('second-level bullets written as the letter o', () => {
  it.each([
    ['markdown', TITLED, 'bureau.md'],
    ['plain text', PLAIN, 'bureau.txt'],
  ])('nest the units under their branch, with no duties read from the names (%s)', (_, text, id) => {
    const x = extract(text, id);
    const units = x.entities.filter((e) => e.type === 'Department').map((e) => e.name);
    for (const unit of [
      'Office of Public Affairs',
      'Finance Division',
      'Inspection Division',
      'Harbour Patrol Division',
    ])
      expect(units).toContain(unit);
    expect(triplesOf(x, 'HAS_DEPARTMENT')).toContain('HAS_DEPARTMENT Field Operations Branch -> Inspection Division');
    expect(triplesOf(x, 'HAS_RESPONSIBILITY')).toEqual([]);
  });

  it.each([
    ['markdown', TITLED, 'bureau.md'],
    ['plain text', PLAIN, 'bureau.txt'],
  ])('and a list of ranks is no list of units (%s)', (_, text, id) => {
    const names = extract(text, id).entities.map((e) => e.name);
    expect(names).not.toContain('Special Agent');
  });
});

describe('an info box flattened with a bullet before the name and a comma after it', () => {
  it.each([
    ['plain text', 'box.txt'],
    ['markdown', 'box.md'],
  ])('gives the name the post on the line under it (%s)', (_, id) => {
    const text =
      'Harbour Agency\n\nAgency overview\nFormed 2017\nAgency executive\n  • Mere Tamati,\n    Chief Executive\n\nThe Harbour Agency is a government department responsible for ports.\n';
    const x = extract(text, id);
    const names = new Map(x.entities.map((e) => [e.id, e.name]));
    expect(
      x.relations
        .filter((r) => r.type === 'HOLDS_POSITION')
        .map((r) => `${names.get(r.from)} -> ${names.get(r.to)} (${r.properties.title})`),
    ).toEqual(['Mere Tamati -> Harbour Agency (Chief Executive)']);
  });
});
