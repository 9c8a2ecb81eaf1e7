/** English strings for core's own thread: what the window says when it stopped (spread into en.ts). */
export const enHost = {
  coreHost: {
    stopped:
      'Amizero stopped working for a moment and locked itself. Everything that was saved is safe; what you were typing in an open form may be lost. Sign in to continue. If this happens again, contact IT support.',
  },
};

export const enHostErrors = {
  CORE_STOPPED: 'Amizero stopped working for a moment and locked itself. Sign in and try again.',
};
