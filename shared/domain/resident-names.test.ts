import { describe, expect, it } from 'vitest';
import { familyFirstName, givenFirstName } from './resident-names';

describe('resident names', () => {
  it('lists write the family name first, files the given names first', () => {
    const n = { givenNames: 'Claudine', familyName: 'Uwimana', otherNames: ['Kadogo'] };
    expect(familyFirstName(n)).toBe('Uwimana Claudine');
    expect(givenFirstName(n)).toBe('Claudine Uwimana');
  });

  it('falls back to what is known: one part, then the first alias, then "?"', () => {
    expect(familyFirstName({ givenNames: 'Aline', familyName: null, otherNames: [] })).toBe('Aline');
    expect(familyFirstName({ familyName: 'Mukamana', otherNames: [] })).toBe('Mukamana');
    expect(familyFirstName({ givenNames: ' ', familyName: '', otherNames: ['Mama Keza'] })).toBe('Mama Keza');
    expect(familyFirstName({ otherNames: [] })).toBe('?');
  });
});
