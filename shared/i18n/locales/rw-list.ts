import type { enList } from './en-list';

/** Kinyarwanda for the residents list's filters and rows; listed for review in rw-review.ts. */
export const rwList: typeof enList = {
  residentList: {
    filters: {
      label: 'Shungura urutonde',
      status: 'Uko ahagaze',
      statusAll: 'Abariho n’abahozeho',
      room: 'Icyumba',
      roomAll: 'Ibyumba byose',
      age: 'Imyaka',
      ageAll: 'Imyaka yose',
      ageBand: {
        under_16: 'Munsi ya 16',
        '16_17': '16 cyangwa 17',
        adult: '18 kuzamura',
        unknown: 'Imyaka ntizwi',
      },
      risk: 'Ibyago',
      riskAll: 'Ibyago byose',
      staff: 'Ashinzwe',
      staffAll: 'Uwo ari we wese',
      clear: 'Kuraho ibishungura',
      active: 'Ibishungura bikora: {count}',
    },
    columns: {
      bed: 'Igitanda',
    },
    bed: '{room} · {bed}',
    noBed: 'Nta gitanda',
    ageEstimated: '~{years}',
    ageEstimatedLabel: 'Nka {years} (bigereranyijwe)',
    noMatchFiltered: 'Nta muntu uhuye n’ibi bishungura. Kuraho kimwe cyangwa byinshi urebe abandi.',
    noMatchQueryFiltered: 'Nta muntu uhuye na "{query}" muri ibi bishungura.',
    countFiltered: '{count, plural, =1 {# ahuye n’ibishungura} other {# bahuye n’ibishungura}}',
    sortHint: 'Tondeka ukurikije {column}',
  },
};
