import type { enSessionDrafts } from './en-session-drafts';

/** Français : garder les formulaires de conseil à travers un verrouillage. */
export const frSessionDrafts: typeof enSessionDrafts = {
  sessionDrafts: {
    chooseResidentsFirst:
      'Choisissez d’abord les participantes : ce que vous tapez ici est alors gardé en sécurité, même si Amizero se verrouille.',
    groupRestored:
      'La séance de groupe que vous remplissiez le {time} a été rétablie : son nom, les résidentes, les présences et les notes.',
    who5NotKept: 'Les réponses WHO-5 ne sont pas gardées pendant la saisie : saisissez-les à nouveau.',
  },
};
