// organisation-groups.ts initials rule: an acronym, a mixed short form and a long form whose
// initials agree are one body; unrelated names that share initials are not.
import { describe, expect, it } from 'vitest';
import { groupOrganisationNames } from '../../../extractors/organisation-groups.ts';

const sameGroup = (names: string[], a: string, b: string): boolean => {
  const groups = groupOrganisationNames(names, []);
  const ga = groups.get(a.toLowerCase());
  return ga !== undefined && ga === groups.get(b.toLowerCase());
};

describe('groupOrganisationNames: initials', () => {
  it('groups "AUC", "AU Commission" and "African Union Commission"', () => {
    const names = ['AUC', 'AU Commission', 'African Union Commission'];
    expect(sameGroup(names, 'AUC', 'African Union Commission')).toBe(true);
    expect(sameGroup(names, 'AU Commission', 'African Union Commission')).toBe(true);
  });

  it('groups "Federal Privacy Council" with "FPC"', () => {
    expect(sameGroup(['Federal Privacy Council', 'FPC'], 'FPC', 'Federal Privacy Council')).toBe(true);
  });

  it('does not group two names with the same initials and different head words', () => {
    expect(
      sameGroup(
        ['Federal Privacy Council', 'Forest Planning Committee'],
        'Federal Privacy Council',
        'Forest Planning Committee',
      ),
    ).toBe(false);
  });

  it('does not let an ambiguous acronym join two unrelated long forms', () => {
    const names = ['Federal Privacy Council', 'FPC', 'Forest Planning Committee'];
    expect(sameGroup(names, 'Federal Privacy Council', 'Forest Planning Committee')).toBe(false);
  });
});
