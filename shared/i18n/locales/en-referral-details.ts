/** English for editing a referral out's reason and notes (spread into en.ts). */
export const enReferralDetails = {
  referralDetails: {
    edit: 'Edit details',
    editLabel: 'Edit the details of the referral to {organisation}',
    title: 'Details of the referral',
    emptyClears: 'Empty a field and save to clear it.',
    save: 'Save details',
    saved: 'Referral details saved',
  },
};
