/** English for the residents list's filters, sorting and row details; spread into the catalogue. */
export const enList = {
  residentList: {
    filters: {
      label: 'Filter the list',
      status: 'Status',
      statusAll: 'Current and past',
      room: 'Room',
      roomAll: 'All rooms',
      age: 'Age',
      ageAll: 'All ages',
      ageBand: {
        under_16: 'Under 16',
        '16_17': '16 or 17',
        adult: '18 and over',
        unknown: 'Age not known',
      },
      risk: 'Risk',
      riskAll: 'Any risk',
      staff: 'Assigned to',
      staffAll: 'Anyone',
      clear: 'Clear filters',
      active: 'Filters on: {count}',
    },
    columns: {
      bed: 'Bed',
    },
    bed: '{room} · {bed}',
    noBed: 'No bed',
    ageEstimated: '~{years}',
    ageEstimatedLabel: 'About {years} (estimated)',
    noMatchFiltered: 'Nobody matches these filters. Clear one or more to see more residents.',
    noMatchQueryFiltered: 'Nobody matches "{query}" with these filters.',
    countFiltered: '{count, plural, one {# matches the filters} other {# match the filters}}',
    sortHint: 'Sort by {column}',
  },
};
