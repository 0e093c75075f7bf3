// Stage "subject": the document's subject comes from where a body is named (title, founding
// sentence, first defining sentence), not from how often; a Department is never the subject,
// and a page that names no Agency has none.
import { describe, expect, it } from 'vitest';
import { EXTRACTION } from '../../../../extractors/extract-document.ts';
import { subjectStage } from '../../../../extractors/stages/subject.ts';
import { sourceOf } from '../helpers.ts';

const subjectOf = (doc: string, id = 'doc.txt'): string | null =>
  subjectStage.run(EXTRACTION.stateBefore(subjectStage, { source: sourceOf(doc, id) })).mainAgency;

describe('subject stage', () => {
  it('takes the Agency the title names, even when another is named more often', () => {
    const doc =
      '# Harbour Board\n\nThe Ministry of Transport funds the Ministry of Transport ports. The Ministry of Transport sets fees.\n';
    expect(subjectOf(doc, 'board.md')).toBe('Agency:harbour board');
  });

  it('takes the body a statute establishes', () => {
    expect(
      subjectOf(
        'Harbour Safety Act 2001\n\nThe Ministry of Transport appoints its members. There is established the Harbour Safety Authority.\n',
      ),
    ).toBe('Agency:harbour safety authority');
  });

  it('takes the body the first sentence opens with when the title names none', () => {
    expect(subjectOf('About us\n\nThe Harbour Board licenses pilots for the Ministry of Transport.\n')).toBe(
      'Agency:harbour board',
    );
  });

  it('has no subject when no Agency is named', () => {
    expect(subjectOf('About us\n\nWe license pilots and keep the channel dredged.\n')).toBeNull();
  });
});
