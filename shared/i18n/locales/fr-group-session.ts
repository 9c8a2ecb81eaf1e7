import type { enGroupSession } from './en-group-session';

/** Français : séance de groupe et heure des séances (repris dans fr.ts). */
export const frGroupSession: typeof enGroupSession = {
  groupSession: {
    record: 'Enregistrer une séance de groupe',
    title: 'Séance de groupe',
    name: 'Nom du groupe',
    date: 'Date',
    time: 'Heure',
    timeZoneNote: 'Les heures sont celles du fuseau du centre ({timeZone}).',
    residents: 'Résidentes présentes au centre',
    residentsHelp: 'Choisissez-en au moins deux. Tapez un nom ou un code pour chercher.',
    noneChosen: 'Aucune résidente choisie.',
    resident: 'Résidente',
    who5Item: 'Question {n}',
    notes: 'Notes du groupe (scellées : conseillères et responsables seulement)',
    save: 'Enregistrer la séance de groupe',
    saved: 'Séance de groupe enregistrée pour {count} résidentes.',
  },
};
