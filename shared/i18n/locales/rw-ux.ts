import type { enUx } from './en-ux';

/** Kinyarwanda for what a walk through the app found missing; listed for review in review.ts. */
export const rwUx: typeof enUx = {
  admitDiscard: {
    title: 'Ureke uku kwakira?',
    body: 'Ibyo wanditse kuri uku kwakira birasibwa kandi ntibishobora kugarurwa.',
    keep: 'Komeza wandike',
    confirm: 'Reka',
  },
  myResidents: {
    title: 'Abo nshinzwe',
    intro: 'Abakiriwe bari mu nzu ushinzwe, abafite ibyago byinshi mbere.',
    none: "Nta wakiriwe uri mu nzu urashingwa. Umuyobozi w'inzu ashyiraho abakozi kuri buri dosiye.",
    resident: 'Uwakiriwe',
    bed: "Icyumba n'igitanda",
    risk: "Urwego rw'ibyago",
  },
  residentSearch: {
    noLetters:
      'Gushakisha bikenera inyuguti cyangwa imibare (izina, kode cyangwa telefoni). Ibimenyetso cyangwa emoji byonyine ntacyo bibona.',
  },
};
