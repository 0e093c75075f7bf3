// A statute's sections under a Part heading that names several topics, and its list of who
// sits on a body, led in by "shall consist of the following
// members—", its items run on in the provision's line as converters leave them. Invented Act; the shape
// follows Commonwealth statutes converted to text and markdown.
import { describe, expect, it } from 'vitest';
import { extract, triplesOf } from './helpers.ts';

const ACT = [
  'Harbour Authority Act 2012',
  '',
  'Part II – ESTABLISHMENT, POWERS AND FUNCTIONS OF THE AUTHORITY',
  '',
  '7. Establishment of the Authority',
  '(1) There is hereby established an Authority to be known as the Harbour Authority. (2) The Authority shall be independent and shall perform its functions independently.',
  '',
  '8. Functions of the Authority',
  '(1) The functions of the Authority shall be to— (a) license pilots working in the harbour; (b) keep the channels open to shipping; (c) receive and investigate complaints from harbour users; (d) carry out studies into matters relating to harbour safety; and (e) advise the government on harbour works. (2) The Authority may delegate any of its functions to a committee.',
  '',
  '9. Members of the Authority',
  '(1) The Authority shall consist of the following members— (a) a Chairperson appointed by the President; (b) the Principal Secretary in the Ministry responsible for transport or his representative; (c) the Attorney-General or his representative; and (d) the Director-General appointed under section 12. (2) The persons proposed to be members of the Authority shall be approved by the National Assembly.',
  '',
].join('\n');

describe('a list of who sits on a body', () => {
  it.each([
    ['plain text', ACT, 'act.txt'],
    [
      'markdown',
      ACT.replace('Harbour Authority Act 2012', '# Harbour Authority Act 2012').replace('Part II', '## Part II'),
      'act.md',
    ],
  ])('gives it no duties, while its functions list does (%s)', (_, text, id) => {
    const duties = triplesOf(extract(text, id), 'HAS_RESPONSIBILITY');
    expect(duties).toContain('HAS_RESPONSIBILITY Harbour Authority -> license pilots working in the harbour');
    // The sections under a Part heading that names several topics are sections, not duties.
    expect(duties).not.toContain('HAS_RESPONSIBILITY Harbour Authority -> Establishment of the Authority');
    expect(duties.filter((d) => /Chairperson|Principal Secretary|Attorney-General|Director-General/.test(d))).toEqual(
      [],
    );
  });
});
