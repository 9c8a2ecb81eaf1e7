/** English for the offer to schedule follow-up visits right after a discharge (spread into en.ts). */
export const enDischargeFollowUps = {
  dischargeFollowUps: {
    title: 'Schedule her follow-up visits now?',
    intro: '{name} has been discharged. Her follow-up year starts from today’s discharge: visits at the months set in Settings.',
    schedule: 'Schedule follow-ups',
    notNow: 'Not now',
    later: 'You can schedule them later on her Reintegration tab.',
  },
};
