import provinces from 'rwanda/data/provinces/index.js';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import { PROVINCE_KEYS, PROVINCES } from '../../../shared/places/provinces';
import { canonicalRwandaOrigin, placesUnder } from './residents-location';

describe('Rwandan origins', () => {
  it('stores one canonical province whatever official name was typed', () => {
    for (const key of PROVINCE_KEYS) {
      for (const name of [...Object.values(PROVINCES[key].names), ...PROVINCES[key].also]) {
        expect(canonicalRwandaOrigin({ country: 'RW', province: name }).province, name).toBe(key);
      }
    }
  });

  it('finds every district by its official name, in any case, without accents and with one slip', () => {
    let checked = 0;
    for (const province of Object.keys(provinces)) {
      for (const district of placesUnder({ province })) {
        const viaRw = PROVINCES[province as keyof typeof PROVINCES].names.rw;
        expect(canonicalRwandaOrigin({ country: 'RW', province: viaRw, district: district.toUpperCase() }).district).toBe(district);
        // One letter dropped from the middle of a longer name is a slip, like in resident search.
        if (district.length >= 6) {
          const slip = district.slice(0, 3) + district.slice(4);
          const others = placesUnder({ province }).filter((d) => d !== district);
          if (!others.some((d) => d.toLowerCase().startsWith(slip.toLowerCase().slice(0, 4)) && d.length === district.length)) {
            expect(canonicalRwandaOrigin({ country: 'RW', province, district: slip }).district, slip).toBe(district);
          }
        }
        checked++;
      }
    }
    expect(checked).toBe(30);
  });

  it('still refuses a place that is not there, naming the level', () => {
    try {
      canonicalRwandaOrigin({ country: 'RW', province: 'Amajyepfo', district: 'Gasabo' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(AppError);
      expect((e as AppError).fields?.[0]?.path).toBe('origin.district');
    }
  });

  it('keeps sector, cell and village matching down the tree', () => {
    const sector = placesUnder({ province: 'Kigali', district: 'Gasabo' })[0]!;
    const o = canonicalRwandaOrigin({ country: 'RW', province: 'Umujyi wa Kigali', district: 'gasabo', sector: sector.toLowerCase() });
    expect(o).toMatchObject({ province: 'Kigali', district: 'Gasabo', sector });
  });
});
