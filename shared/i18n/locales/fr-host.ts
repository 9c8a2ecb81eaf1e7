import type { enHost, enHostErrors } from './en-host';

/** Français : quand le moteur d'Amizero s'est arrêté. */
export const frHost: typeof enHost = {
  coreHost: {
    stopped:
      "Amizero a cessé de fonctionner un instant et s'est verrouillé. Tout ce qui était enregistré est en sécurité ; ce que vous saisissiez dans un formulaire ouvert peut être perdu. Connectez-vous pour continuer. Si cela se reproduit, contactez le support informatique.",
  },
};

export const frHostErrors: typeof enHostErrors = {
  CORE_STOPPED: "Amizero a cessé de fonctionner un instant et s'est verrouillé. Connectez-vous et réessayez.",
};
