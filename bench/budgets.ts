/**
 * DESIGN.md "Performance budgets", keyed by group and figure name, printed next to the
 * measured figures so a reader sees at once which are met. Upper limits only.
 */
export const BUDGETS: Record<string, number> = {
  'residents.search_exact_p95_ms': 5,
  'residents.search_prefix3_p95_ms': 5,
  'residents.search_prefix5_p95_ms': 5,
  'residents.search_code_p95_ms': 5,
  'residents.search_phone_p95_ms': 5,
  'residents.search_fuzzy_p95_ms': 5,
  'residents.file_p95_ms': 15,
  'residents.read_mix_ratio': 1.1,
  'renderer.first_route_gzip_kb': 600,
  'list_ui.keystroke_to_rows_p95_ms': 50,
};

export function budgetNote(group: string, name: string, value: number): string {
  const max = BUDGETS[`${group}.${name}`];
  if (max === undefined) return '';
  return `≤ ${max} ${value <= max ? 'met' : 'NOT MET'}`;
}
