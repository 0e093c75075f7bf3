// A court's judges named "Justice Surname" on "Post - Justice Surname" lines, grouped under
// their divisions' names; a force's command list with ranks before the names and an
// encyclopaedia's footnote marks after them. Written here.
import { describe, expect, it } from 'vitest';
import { extract, posts, triplesOf } from './helpers.ts';

const COURT_TEXT = [
  'High Court of Westland',
  '',
  'The High Court of Westland hears appeals under the High Court Act 1990.',
  '',
  'Judges of the court',
  '',
  'The Chief Justice has assigned these judges to the lists below.',
  '',
  'Civil Division',
  'Presiding Judge of the Civil Division - Justice Okoro',
  'Land List Judge - Justice Barnes',
  'Family List Judge - Mr Justice Wade',
  '',
  'Criminal Division',
  'Presiding Judge in Crime - Justice Lindqvist',
  'Appeals List Judge - Justice Amadi',
  '',
  'The judges sit in Common Law matters and teach Administrative Law.',
  '',
].join('\n');

const COURT_MARKDOWN = COURT_TEXT.replace('High Court of Westland\n', '# High Court of Westland\n').replace(
  'Judges of the court\n',
  '## Judges of the court\n',
);

describe('judges on post lines under their divisions', () => {
  it.each([
    ['plain text', COURT_TEXT, 'court.txt'],
    ['markdown', COURT_MARKDOWN, 'court.md'],
  ])('each judge holds a post in the division whose name heads the lines (%s)', (_, text, id) => {
    const x = extract(text, id);
    expect(
      posts(x).map((p) => {
        const [person, , body] = p.split('|');
        return `${person} -> ${body}`;
      }),
    ).toEqual([
      'Justice Amadi -> Criminal Division',
      'Justice Barnes -> Civil Division',
      'Justice Lindqvist -> Criminal Division',
      'Justice Okoro -> Civil Division',
      'Justice Wade -> Civil Division',
    ]);
    expect(triplesOf(x, 'HAS_DEPARTMENT')).toEqual([
      'HAS_DEPARTMENT High Court of Westland -> Civil Division',
      'HAS_DEPARTMENT High Court of Westland -> Criminal Division',
    ]);
  });

  it.each([
    ['plain text', COURT_TEXT, 'court.txt'],
    ['markdown', COURT_MARKDOWN, 'court.md'],
  ])('a field of law is no instrument and post lines are no remit (%s)', (_, text, id) => {
    const x = extract(text, id);
    expect(x.entities.filter((e) => e.type === 'Law').map((e) => e.name)).toEqual(['High Court Act 1990']);
    expect(x.entities.filter((e) => e.type === 'Responsibility')).toEqual([]);
  });

  it('reads a list post written without "Judge" as no post, rather than the list as a person', () => {
    const x = extract(
      COURT_TEXT.replace('Land List Judge - Justice Barnes', 'Land List - Justice Barnes'),
      'court.txt',
    );
    const people = x.entities.filter((e) => e.type === 'Person').map((e) => e.name);
    expect(people).not.toContain('Land List');
    expect(posts(x).some((p) => p.startsWith('Land List|'))).toBe(false);
  });
});

const COMMAND = [
  '# Defence Force of Eastland',
  '',
  'The Defence Force of Eastland is the military of Eastland.',
  '',
  '## Command',
  '',
  '-   Chief of the Defence Force: Lieutenant-General Amos Haufiku[3]',
  '    -   Army Commander: Major-General Petrus Nangolo[4]',
  '    -   Navy Commander: Rear Admiral Selma Iipinge[5]',
  '    -   Chief of Staff; Logistics: Brig Gen K.T. Shilongo[6]',
  '',
].join('\n');

const COMMAND_TEXT = COMMAND.replace(/^#+ /gm, '').replace(/^(\s*)-\s+/gm, '$1- ');

describe("a force's command list with ranks and footnote marks", () => {
  it.each([
    ['markdown', COMMAND, 'force.md'],
    ['plain text', COMMAND_TEXT, 'force.txt'],
  ])('each officer, rank and marks aside, holds the post in the force (%s)', (_, text, id) => {
    const x = extract(text, id);
    expect(posts(x)).toEqual([
      'Amos Haufiku|Chief|Defence Force of Eastland',
      'K.T. Shilongo|Chief of Staff|Defence Force of Eastland',
      'Petrus Nangolo|Army Commander|Defence Force of Eastland',
      'Selma Iipinge|Navy Commander|Defence Force of Eastland',
    ]);
    expect(x.entities.filter((e) => e.type === 'Department')).toEqual([]);
  });
});
