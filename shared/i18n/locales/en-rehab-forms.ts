/** English for the rehabilitation forms: goal progress reviews (spread into en.ts). */
export const enRehabForms = {
  rehabForms: {
    review: {
      title: 'Progress review',
      add: 'Add a progress review',
      date: 'Date of the review',
      note: 'What has changed',
      save: 'Save the review',
      cancel: 'Close',
    },
  },
};
