import type { DeepPartial, Catalog } from '../translate';

/** Kinyarwanda: grows over time; anything missing falls back to English. */
export const rw: DeepPartial<Catalog> = {
  app: { tagline: "Gucunga amadosiye y'inzu y'ubuhungiro" },
  roles: {
    manager: "Umuyobozi w'inzu",
    counsellor: 'Umujyanama',
    social_worker: "Umukozi ushinzwe imibereho myiza",
    reporting: 'Raporo (gusoma gusa)',
  },
  errors: {
    WRONG_CREDENTIALS: "Izina ry'ukoresha n'ijambo ry'ibanga ntibihuye.",
    NOT_SIGNED_IN: 'Amizero irafunze. Injira kugira ngo ukomeze.',
    PERMISSION_DENIED: "Uruhare rwawe ntirubyemera.",
  },
};
