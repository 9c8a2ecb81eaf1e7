/** Rwanda's administrative levels, from the top; a level means nothing without the one above. */
export const PLACE_LEVELS = ['province', 'district', 'sector', 'cell', 'village'] as const;
export type PlaceLevel = (typeof PLACE_LEVELS)[number];

/** Where a person comes from, as typed: '' is "not known". */
export interface OriginValues {
  country: string;
  province: string;
  district: string;
  sector: string;
  cell: string;
  village: string;
  place: string;
}

export const EMPTY_ORIGIN: OriginValues = { country: '', province: '', district: '', sector: '', cell: '', village: '', place: '' };
