/** Kinyarwanda for the residents list: only what we are confident of; the rest falls back to English. */
export const rwList = {
  residentList: {
    filters: {
      room: 'Icyumba',
      age: 'Imyaka',
    },
    columns: {
      bed: 'Uburiri',
    },
    bed: '{room} · {bed}',
    ageEstimated: '~{years}',
  },
};
