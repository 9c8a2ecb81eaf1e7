/** English for what a walk through the app found missing (spread into en.ts). */
export const enUx = {
  residentSearch: {
    noLetters: 'A search needs letters or digits (a name, code or phone). Symbols and emoji alone find nobody.',
  },
};
