import type { enReferralDetails } from './en-referral-details';

/** Ikinyarwanda: guhindura impamvu n’ibisobanuro by’aho yoherejwe. */
export const rwReferralDetails: typeof enReferralDetails = {
  referralDetails: {
    edit: 'Hindura ibisobanuro',
    editLabel: 'Hindura ibisobanuro byo kohereza kuri {organisation}',
    title: 'Ibisobanuro byo kohereza',
    emptyClears: 'Siba ibyanditswe mu kibanza hanyuma ubike kugira ngo gisibwe.',
    save: 'Bika ibisobanuro',
    saved: 'Ibisobanuro byo kohereza byabitswe',
  },
};
