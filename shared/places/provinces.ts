import type { Locale } from '../domain/settings';
import { editDistance, foldText, fuzzyBudget } from '../domain/resident-search';

/**
 * Rwanda's five provinces. The stored (canonical) value is the `rwanda` package's key, which
 * every saved origin already holds; people see and type the official names in Kinyarwanda,
 * English and French, and the common spellings beside them.
 */
export const PROVINCES = {
  Kigali: {
    names: { rw: 'Umujyi wa Kigali', en: 'Kigali City', fr: 'Ville de Kigali' },
    also: ['Kigali', 'City of Kigali', 'Kigali Province', 'Intara ya Kigali', 'Umujyi wa Kigali', 'Mairie de Kigali'],
  },
  North: {
    names: { rw: "Intara y'Amajyaruguru", en: 'Northern Province', fr: 'Province du Nord' },
    also: ['Amajyaruguru', 'North', 'Northern', 'Nord', 'Intara y Amajyaruguru'],
  },
  South: {
    names: { rw: "Intara y'Amajyepfo", en: 'Southern Province', fr: 'Province du Sud' },
    also: ['Amajyepfo', 'South', 'Southern', 'Sud', 'Intara y Amajyepfo'],
  },
  East: {
    names: { rw: "Intara y'Iburasirazuba", en: 'Eastern Province', fr: "Province de l'Est" },
    also: ['Iburasirazuba', 'East', 'Eastern', 'Est', 'Intara y Iburasirazuba'],
  },
  West: {
    names: { rw: "Intara y'Iburengerazuba", en: 'Western Province', fr: "Province de l'Ouest" },
    also: ['Iburengerazuba', 'West', 'Western', 'Ouest', 'Intara y Iburengerazuba'],
  },
} as const satisfies Record<string, { names: Record<Locale, string>; also: readonly string[] }>;

export type ProvinceKey = keyof typeof PROVINCES;
export const PROVINCE_KEYS = Object.keys(PROVINCES) as ProvinceKey[];

/** Every way of writing each province, folded (case, accents and apostrophes ignored). */
const SPELLINGS: readonly (readonly [string, ProvinceKey])[] = PROVINCE_KEYS.flatMap((key) =>
  [key, ...Object.values(PROVINCES[key].names), ...PROVINCES[key].also].map((s) => [foldText(s), key] as const),
);

/** The province's name in a language; an unknown value (an old draft) is shown as stored. */
export function provinceName(value: string, locale: Locale): string {
  return value in PROVINCES ? PROVINCES[value as ProvinceKey].names[locale] : value;
}

/** The stored value for a province written any known way, with one slip allowed in longer names. */
export function provinceFromName(text: string): ProvinceKey | null {
  const wanted = foldText(text);
  if (!wanted) return null;
  const exact = SPELLINGS.find(([s]) => s === wanted);
  if (exact) return exact[1];
  const near = new Set(SPELLINGS.filter(([s]) => editDistance(s, wanted, fuzzyBudget(wanted)) <= fuzzyBudget(wanted)).map(([, k]) => k));
  return near.size === 1 ? [...near][0]! : null;
}

/** Whether what is typed in the picker could mean this province (start of any of its spellings). */
export function provinceMatches(key: ProvinceKey, typed: string): boolean {
  const q = foldText(typed);
  if (!q) return true;
  return (
    SPELLINGS.some(([s, k]) => k === key && (s.includes(q) || s.split(' ').some((w) => w.startsWith(q)))) || provinceFromName(typed) === key
  );
}

/**
 * The official name among `names` for a typed district, sector, cell or village: case, accents and
 * apostrophes ignored, with the same near-spelling tolerance as resident search when only one name is that close.
 */
export function placeFromName(names: readonly string[], text: string): string | null {
  const wanted = foldText(text);
  if (!wanted) return null;
  const exact = names.find((n) => foldText(n) === wanted);
  if (exact !== undefined) return exact;
  const budget = fuzzyBudget(wanted);
  if (budget === 0) return null;
  const near = names.filter((n) => editDistance(foldText(n), wanted, budget) <= budget);
  return near.length === 1 ? near[0]! : null;
}

/** Whether a typed filter could mean this place name (for the pickers' lists). */
export function placeMatches(name: string, typed: string): boolean {
  const q = foldText(typed);
  if (!q) return true;
  const n = foldText(name);
  return n.includes(q) || editDistance(n.slice(0, q.length), q, fuzzyBudget(q)) <= fuzzyBudget(q);
}
