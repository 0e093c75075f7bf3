// Appointment news whose posts sit in clauses rather than sentences of their own: "announced
// that A will be the Director of X, B will be the Interim Director of Y, and C ...", "is now
// the new", "A new <post> is Name who ...", "Dr. Surname has been the <post>", a body whose
// name goes on past a comma, and "A replaces B as <post>". Written here.
import { describe, expect, it } from 'vitest';
import { extract, posts } from './helpers.ts';

const heldIn = (text: string, id: string): string[] =>
  posts(extract(text, id)).map((p) => {
    const [person, , body] = p.split('|');
    return `${person} -> ${body}`;
  });

const CABINET = [
  'Governor names three agency heads',
  '',
  'Governor Ann Lake announced that Tom Reyes will be the Director of the Department of Water Services (DWS), Mia Holt will be the Interim Director of the Department of Roads (DOR), and Sam Okafor will be the Director of the Parks Department.',
  '',
].join('\n');

const SWORN_IN = [
  'Permanent Secretaries sworn in',
  '',
  'Rose Tanaka is now the new Permanent Secretary for the Ministry of Lands, Housing, Survey and Mapping. Dr. Ivo Brandt was the Permanent Secretary for the Ministry of Fisheries.',
  '',
  'A new Permanent Secretary for the Ministry of Trade is Leo Marsh who was the deputy secretary since 2020.',
  '',
  'Dr. Brandt has been the Permanent Secretary for the Ministry of Lands, Housing, Survey and Mapping since 2019.',
  '',
].join('\n');

const MOVERS = [
  'Movers and shakers',
  '',
  'Nora Field replaces Paul Gray as Head of the Audit Unit in an acting capacity. Ken Wu replaces Eva Stone as the Deputy Director of the Budget Office.',
  '',
].join('\n');

describe('posts given in clauses of one sentence', () => {
  it.each([
    ['plain text', 'cabinet.txt'],
    ['markdown', 'cabinet.md'],
  ])('each "Name will be the <post> of <body>" clause gives its own person the post (%s)', (_, id) => {
    expect(heldIn(CABINET, id)).toEqual([
      'Mia Holt -> Department of Roads',
      'Sam Okafor -> Parks Department',
      'Tom Reyes -> Department of Water Services',
    ]);
  });
});

describe('posts of a swearing-in', () => {
  it.each([
    ['plain text', 'sworn.txt'],
    ['markdown', 'sworn.md'],
  ])('reads "is now the new", "A new <post> is Name who" and an honorific with the surname (%s)', (_, id) => {
    expect(heldIn(SWORN_IN, id)).toEqual([
      'Ivo Brandt -> Ministry of Fisheries',
      'Ivo Brandt -> Ministry of Lands, Housing, Survey and Mapping',
      'Leo Marsh -> Ministry of Trade',
      'Rose Tanaka -> Ministry of Lands, Housing, Survey and Mapping',
    ]);
  });

  it('gives a surname the page never wrote in full to no one', () => {
    const x = extract(SWORN_IN.replace('Dr. Ivo Brandt was', 'The minister was'), 'sworn.txt');
    expect(x.entities.some((e) => e.type === 'Person' && /Brandt/.test(e.name))).toBe(false);
  });
});

describe('a successor and a predecessor named with one post', () => {
  it.each([
    ['plain text', 'movers.txt'],
    ['markdown', 'movers.md'],
  ])('"A replaces B as <post>" gives the post to both, and no other (%s)', (_, id) => {
    expect(heldIn(MOVERS, id)).toEqual([
      'Eva Stone -> Budget Office',
      'Ken Wu -> Budget Office',
      'Nora Field -> Audit Unit',
      'Paul Gray -> Audit Unit',
    ]);
  });
});

describe('names that run into the next phrase', () => {
  it('ends a body at the comma before a person with an honorific', () => {
    const x = extract(
      'News\n\nThe President appointed Ola Femi, Registrar of the Advertising Council of Nigeria, and Prof Jane Roe, Director-General of the National Film Institute.\n',
      'n.txt',
    );
    expect(posts(x)).toEqual([
      'Jane Roe|Director-General|National Film Institute',
      'Ola Femi|Registrar|Advertising Council of Nigeria',
    ]);
  });

  it('reads a head word after "and" in a complement as a topic, not a second body', () => {
    const x = extract('News\n\nThe Federal Ministry of the Interior and Community published its plan.\n', 'n.txt');
    expect(x.entities.filter((e) => e.type !== 'Responsibility').map((e) => `${e.type}:${e.name}`)).toEqual([
      'Agency:Federal Ministry of the Interior and Community',
    ]);
  });

  it.each([
    ['plain text', 'o.txt'],
    ['markdown', 'o.md'],
  ])("ends a body's complement before the name of the person who holds the post (%s)", (_, id) => {
    const x = extract(
      'Offices\n\nThe staff support the Vice-President of the Council of Ministers Antonio Tajani.\n',
      id,
    );
    expect(x.entities.filter((e) => e.type === 'Agency').map((e) => e.name)).toEqual(['Council of Ministers']);
    expect(posts(x).map((p) => p.replace(/\|.*\|/, ' -> '))).toEqual(['Antonio Tajani -> Council of Ministers']);
  });
});

describe('a surname alone at the head of a clause', () => {
  const text =
    'Agency news\n\nEva Lindqvist will lead the Harbour Agency from May. Lindqvist is currently director-general of the Coastal Survey Office. Berg is currently director of the Lakes Board.\n';

  it.each([
    ['plain text', 's.txt'],
    ['markdown', 's.md'],
  ])('is the person the page named in full before; a surname never given in full is no one (%s)', (_, id) => {
    const x = extract(text, id);
    expect(heldIn(text, id)).toContain('Eva Lindqvist -> Coastal Survey Office');
    expect(x.entities.filter((e) => e.type === 'Person').map((e) => e.name)).toEqual(['Eva Lindqvist']);
  });
});

describe('a name glossed in its own script, and "will take over as"', () => {
  it.each([
    ['plain text', 'g.txt'],
    ['markdown', 'g.md'],
  ])('names the person without the honorific, once, and reads the post taken over (%s)', (_, id) => {
    const text =
      'Senior appointments\n\nMr Lim Wei Ming (林伟明)\n\nLim Wei Ming will take over as Chief Executive of the Harbour Board from 1 May.\n';
    const x = extract(text, id);
    expect(x.entities.filter((e) => e.type === 'Person').map((e) => e.name)).toEqual(['Lim Wei Ming']);
    expect(heldIn(text, id)).toEqual(['Lim Wei Ming -> Harbour Board']);
  });
});

describe('"the board" that no name holds', () => {
  it.each([
    ['plain text', 'b.txt'],
    ['markdown', 'b.md'],
  ])('is the board the page said was for a named body (%s)', (_, id) => {
    const text =
      'Cabinet approves new board\n\nCabinet has approved a new board for the National Fisheries Authority (NFA).\n\nThe seven-member board shall be chaired by John Musoke, a former banker.\n\nOther members are Prof. Ann Ejiri, Albert Otete and Dr Amina Zawedi.\n';
    expect(heldIn(text, id)).toEqual([
      'Albert Otete -> National Fisheries Authority',
      'Amina Zawedi -> National Fisheries Authority',
      'Ann Ejiri -> National Fisheries Authority',
      'John Musoke -> National Fisheries Authority',
    ]);
  });
});

describe('a successor described before the verb', () => {
  it.each([
    ['plain text', 't.txt'],
    ['markdown', 't.md'],
  ])('takes over the post after an apposition about the current one (%s)', (_, id) => {
    const text =
      'Senior appointments\n\nMr Lim Wei Ming, currently the Chief Executive Officer of the Harbour Board, will take over as Chief Executive of the Land Office from 1 May.\n';
    expect(heldIn(text, id)).toEqual(['Lim Wei Ming -> Land Office', 'Lim Wei Ming -> Harbour Board']);
  });
});
