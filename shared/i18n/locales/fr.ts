import type { DeepPartial, Catalog } from '../translate';

/** French: grows over time; anything missing falls back to English. */
export const fr: DeepPartial<Catalog> = {
  app: { tagline: 'Gestion des dossiers du foyer' },
  roles: {
    manager: 'Responsable du foyer',
    counsellor: 'Conseiller·ère',
    social_worker: 'Travailleur·se social·e',
    reporting: 'Rapports (lecture seule)',
  },
  errors: {
    VALIDATION: 'Certains champs sont à corriger.',
    PERMISSION_DENIED: "Votre rôle ne permet pas cette action.",
    NOT_SIGNED_IN: 'Amizero est verrouillé. Connectez-vous pour continuer.',
    WRONG_CREDENTIALS: "Ce nom d'utilisateur et ce mot de passe ne correspondent pas.",
    THROTTLED: 'Trop de tentatives échouées. Réessayez dans {seconds} secondes.',
    INTERNAL: "Une erreur interne est survenue. Rien n'a été enregistré. Réessayez.",
  },
};
