/** English for the referral-slip button in the referrals-out panel (spread into en.ts). */
export const enReferralSlip = {
  referralSlip: {
    buttonLabel: 'Referral slip (PDF) for {organisation}',
    dialogTitle: 'Save the referral slip as',
    missingConsent: 'No slip: her sharing consent does not cover {categories} for this partner. Record it on the Consent tab first.',
    noPartner: 'No slip: this referral names no partner from the directory.',
  },
};
