// Stage "bare-subject": an excerpt that calls its body only "the Secretariat" or "the
// Commission" from its title or first sentence on names that body by the head word, unless
// a body the page names carries the word (then "the Commission" points back to it).
import { describe, expect, it } from 'vitest';
import { EXTRACTION } from '../../../../extractors/extract-document.ts';
import { bareSubjectStage } from '../../../../extractors/stages/bare-subject.ts';
import { extract, namesOf, sourceOf, triples } from '../helpers.ts';

function bare(doc: string, id = 'doc.md'): string[] {
  const state = EXTRACTION.stateBefore(bareSubjectStage, { source: sourceOf(doc, id) });
  return bareSubjectStage
    .run(state)
    .bodies.filter((b) => b.extractor === 'agencies:bare-subject')
    .map((b) => state.text.slice(b.range.start, b.range.end));
}

const UNITS = '\n\n- Executive Office of the Registrar\n- Office of Legal Affairs\n- Department of Field Support\n';

describe('bare-subject stage', () => {
  it('names the body a first sentence opens with, and each later "the" use of it', () => {
    const doc = `Organization\n\nThe Secretariat is divided into offices and departments.${UNITS}\nThe Secretariat meets yearly.\n`;
    expect(bare(doc)).toEqual(['Secretariat', 'Secretariat']);
    expect(bare(doc.replace(/\n\n/g, '\n'), 'doc.txt')).toEqual(['Secretariat', 'Secretariat']);
  });

  it('leaves the word inside another name to that name', () => {
    expect(
      bare(
        'Organization\n\nThe Secretariat is divided into offices.\n\nThe Office of the Secretariat keeps its files.\n',
      ),
    ).toEqual(['Secretariat']);
  });

  it('names the body a title ends in', () => {
    expect(
      bare('Functions of the Commission\n\nTo achieve its object, the Commission shall keep a register.\n'),
    ).toEqual(['Commission', 'Commission']);
  });

  it('names nothing when a body the page names carries the head word, or the word is no body head', () => {
    expect(
      bare('Organization\n\nThe Secretariat is divided into offices.\n\nThe Lake Secretariat runs them.\n'),
    ).toEqual([]);
    expect(bare('Organization\n\nThe Weather is fine today in the harbour.\n')).toEqual([]);
    expect(bare('Organization\n\nThe Secretariat of the Lake Council is divided into offices.\n')).toEqual([]);
  });

  it('makes the body the owner of the units the page lists', () => {
    const x = extract(`Organization\n\nThe Secretariat is divided into offices and departments.${UNITS}`, 'doc.md');
    expect(namesOf(x, 'Agency')).toEqual(['Secretariat']);
    expect(triples(x).sort()).toEqual([
      'HAS_DEPARTMENT Secretariat -> Department of Field Support',
      'HAS_DEPARTMENT Secretariat -> Executive Office of the Registrar',
      'HAS_DEPARTMENT Secretariat -> Office of Legal Affairs',
    ]);
  });
});
