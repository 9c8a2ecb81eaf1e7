import type { enRehabScreens } from './en-rehab-screens';

/** Français : ajouts aux écrans de réhabilitation. */
export const frRehabScreens: typeof enRehabScreens = {
  rehabScreens: {
    present: 'Présents',
    nextConference: 'Prochaine revue du cas',
  },
};
