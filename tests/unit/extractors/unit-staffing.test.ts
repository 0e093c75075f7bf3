// Lines under a unit that say who staffs it, not what it does: "The Planning Section shall be
// headed by a Section Head.", a post ("Undersecretary of Transport."), a person with a term
// ("Ann Roe: 2011–2012"). Invented bodies; the shapes follow statutes, Wikipedia and charts.
import { describe, expect, it } from 'vitest';
import { extract, triplesOf } from './helpers.ts';

const CHART = [
  'Harbour Ministry',
  '',
  'The Ministry shall have the following organizational units:',
  '',
  '1. Planning Section',
  '   The Planning Section shall be headed by a Section Head.',
  '2. Quay Works Division',
  '   The Quay Works Division shall be headed by a Division Chief.',
  '3. Secretariat of Transport Services',
  '   - Undersecretary of Transport.',
  '   - Undersecretary of Water Resources.',
  '4. Pilotage Division',
  '   - licenses harbour pilots and keeps their register;',
  '   - sets the pilotage fees.',
  '',
].join('\n');

describe('lines under a unit about who staffs it', () => {
  it.each([
    ['plain text', CHART, 'chart.txt'],
    ['markdown', CHART.replace('Harbour Ministry', '# Harbour Ministry'), 'chart.md'],
  ])('are no remit of the unit, its duties are (%s)', (_, text, id) => {
    const duties = triplesOf(extract(text, id), 'HAS_RESPONSIBILITY');
    expect(duties.filter((d) => /headed by|Undersecretary/.test(d))).toEqual([]);
    expect(duties).toContain(
      'HAS_RESPONSIBILITY Pilotage Division -> licenses harbour pilots and keeps their register',
    );
  });
});
