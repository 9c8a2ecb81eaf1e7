/** English for the rehabilitation forms: goal progress reviews (spread into en.ts). */
export const enRehabForms = {
  rehabForms: {
    conference: {
      title: 'Case conference',
      record: 'Record a case conference',
      heldOn: 'Date held',
      staff: 'Staff present',
      partners: 'Partners present',
      residentPresent: 'The resident took part',
      family: 'Family present (names)',
      action: 'Action',
      owner: 'Owner',
      dueOn: 'Due',
      addAction: 'Add an action',
      save: 'Save the conference',
    },
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
