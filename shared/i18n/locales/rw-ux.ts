import type { enUx } from './en-ux';

/** Kinyarwanda for what a walk through the app found missing; listed for review in review.ts. */
export const rwUx: typeof enUx = {
  admitDiscard: {
    title: 'Ureke uku kwakira?',
    body: 'Ibyo wanditse kuri uku kwakira birasibwa kandi ntibishobora kugarurwa.',
    keep: 'Komeza wandike',
    confirm: 'Reka',
  },
  residentSearch: {
    noLetters:
      'Gushakisha bikenera inyuguti cyangwa imibare (izina, kode cyangwa telefoni). Ibimenyetso cyangwa emoji byonyine ntacyo bibona.',
  },
};
