import type { enHomeRole } from './en-home-role';

/** Kinyarwanda strings for the counsellor's and social worker's Home (spread into rw.ts); draft awaiting review. */
export const rwHomeRole: typeof enHomeRole = {
  homeWeek: {
    title: 'Icyumweru cyawe',
    intro: 'Ibiganiro by’iminsi irindwi iri imbere, ibyasibye bigomba kongera gutegurwa, isuzuma rya gahunda rigeze.',
    upcoming: 'Ibiganiro biri imbere ({count})',
    missed: 'Ibyasibye, byo kongera gutegura ({count})',
    reviews: 'Isuzuma rya gahunda rigeze ({count})',
    none: 'Nta na kimwe.',
    more: 'n’ibindi {count}',
    openWeek: 'Fungura Icyumweru cyanjye',
    chartTitle: 'Ibiganiro ku munsi',
    chartSeries: 'Ibiganiro',
    chartSummary: '{count, plural, =0 {Nta kiganiro} =1 {Ikiganiro kimwe} other {Ibiganiro #}} mu minsi irindwi iri imbere.',
  },
  homeVisits: {
    title: 'Gusura kwawe gukurikirana',
    intro: 'Gusura kwarengeje igihe n’ukugomba kuba mu minsi irindwi iri imbere, hakurikijwe umunsi w’ikigo.',
    overdue: 'Byarengeje igihe ({count})',
    dueThisWeek: 'Bigomba kuba iki cyumweru ({count})',
    attention: 'Bikeneye kwitabwaho ({count})',
    none: 'Nta na kimwe.',
    more: 'n’ibindi {count}',
    openVisits: 'Fungura Gusura kwanjye',
  },
};
