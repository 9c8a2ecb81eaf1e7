import type { enResidentEdits } from './en-resident-edits';

/**
 * Kinyarwanda: guhitamo ibihugu yakoreweho ubucuruzi no gukosora ibisobanuro by'inyandiko.
 * A non-native draft, listed for a native speaker's review in shared/i18n/review.ts.
 */
export const rwResidentEdits: typeof enResidentEdits = {
  residentScreens: {
    countries: {
      regionsLabel: 'Garukira ku karere:',
      showingRegion: 'Herekanwa ibihugu bya {region} gusa. Ongera ukande ku karere kugira ngo ubone ibihugu byose.',
      pick: 'Andika cyangwa uhitemo igihugu',
      none: 'Nta gihugu kirahitwamo.',
      chosenLabel: 'Ibihugu yakoreweho ubucuruzi byahiswemo',
      remove: 'Kuraho {name}',
    },
    documents: {
      edit: 'Hindura',
      editLabel: 'Hindura ibisobanuro bya {title}',
      editTitle: 'Hindura ibisobanuro by’inyandiko',
      save: 'Bika ibisobanuro',
      saved: 'Ibisobanuro by’inyandiko byabitswe.',
    },
  },
};
