/** English strings for keys: rotation, the key-file upgrade, pre-restore copies (spread into en.ts). */
export const enKeys = {
  keys: {
    rotate: {
      title: 'Rotate keys',
      intro:
        'Replaces the key that encrypts all data and the key of sealed documents. Passwords and the recovery key stay the same. Do it after a staff member leaves, or when a laptop, USB stick or backup goes missing: old copies of the key file then open nothing here.',
      reason: 'Why',
      reasons: {
        staff_left: 'A staff member left',
        device_lost: 'A laptop, USB stick or backup went missing',
        routine: 'Routine change',
      },
      submit: 'Rotate keys now',
      note: 'Amizero re-encrypts everything into a copy and then swaps it in. It takes about a second per 100 MB. Do not switch the computer off meanwhile; if it stops anyway, Amizero opens with the old or the new keys.',
      done: 'Keys replaced: {slots} key slots updated, {rows} sealed documents re-sealed.',
      pendingBlocked: 'Not yet possible: some accounts or the recovery key still use the old key file (see below).',
      phases: {
        copying: 'Re-encrypting the data…',
        resealing: 'Re-sealing documents ({done} of {total})…',
        swapping: 'Swapping in the new copy…',
        done: 'Done.',
      },
    },
    status: {
      title: 'Key file upgrade',
      upgrading:
        'Amizero is moving to a key file in which only the roles allowed to read documents hold their key. Until it is finished, anyone with a staff password and a copy of the data folder could still open documents.',
      pendingAccounts: 'Not signed in since the upgrade: {names}. Each upgrade happens at that person’s next sign-in.',
      recoveryPending: 'The recovery key has not been used since the upgrade. Type it here once to finish (no password changes).',
      recoveryLabel: 'Recovery key',
      recoverySubmit: 'Finish the upgrade',
      previousTitle: 'Copies kept from a restore',
      previous:
        'The data folder still holds {count} copy of the vault from before a restore (for undo). It holds old keys and is removed after {days} days (Settings).',
    },
    disablePrompt: {
      title: 'Rotate the keys as well?',
      body: '{name} can no longer sign in. If they may have copied the data folder or the key file, rotate the keys now: their old copy then opens nothing.',
      now: 'Rotate keys now',
      later: 'Not now',
    },
  },
};
