import type { enReferralSlip } from './en-referral-slip';

/** Ikinyarwanda: buto y’urupapuro rwo kohereza mu gice cy’aho yoherejwe. */
export const rwReferralSlip: typeof enReferralSlip = {
  referralSlip: {
    buttonLabel: 'Urupapuro rwo kohereza (PDF) kuri {organisation}',
    dialogTitle: 'Bika urupapuro rwo kohereza nka',
    missingConsent:
      'Nta rupapuro: uruhushya rwe rwo gusangiza ntirukubiyemo {categories} kuri uyu mufatanyabikorwa. Banza urwandike ku gice cy’Uruhushya.',
    noPartner: 'Nta rupapuro: uku kohereza ntikuvuga umufatanyabikorwa wo mu bubiko.',
  },
};
