/** English: the country-of-exploitation picker and editing a document's details (spread into en.ts). */
export const enResidentEdits = {
  residentScreens: {
    countries: {
      regionsLabel: 'Narrow the list to a region:',
      showingRegion: 'Showing only {region}. Press the region again to see every country.',
      pick: 'Type or pick a country',
      none: 'No country chosen yet.',
      chosenLabel: 'Chosen countries of exploitation',
      remove: 'Remove {name}',
    },
    documents: {
      edit: 'Edit',
      editLabel: 'Edit details of {title}',
      editTitle: 'Edit the document’s details',
      save: 'Save details',
      saved: 'Document details saved.',
    },
  },
};
