import type { enUx } from './en-ux';

/** Kinyarwanda for what a walk through the app found missing; listed for review in review.ts. */
export const rwUx: typeof enUx = {
  residentSearch: {
    noLetters:
      'Gushakisha bikenera inyuguti cyangwa imibare (izina, kode cyangwa telefoni). Ibimenyetso cyangwa emoji byonyine ntacyo bibona.',
  },
};
