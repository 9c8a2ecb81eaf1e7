import type { enPieces, enPiecesFieldErrors } from './en-pieces';

/** Amagambo y'Ikinyarwanda yo guca kopi y'ububiko mo ibice byo kohereza kuri imeyili (muri rw.ts). */
export const rwPieces: typeof enPieces = {
  backupPieces: {
    tab: 'Ibice byo kohereza kuri imeyili',
    title: "Guca kopi y'ububiko mo ibice byo kohereza kuri imeyili",
    intro:
      "Imeyili nyinshi zanga imigereka minini. Ca dosiye ya kopi y'ububiko mo ibice bifite nimero, ubyohereze kimwe kimwe: buri gice gifungwa ukwacyo, kandi ku wakira, igice kimwe, ibindi biri iruhande rwacyo cyangwa mu bubiko, gisubizaho cyangwa kigenzura kopi yose.",
    file: "Dosiye ya kopi y'ububiko yo guca",
    folder: "Ububiko bw'ibice",
    folderHelp: "Ububiko burimo ubusa ni bwo bwiza: ibice byitwa izina rya kopi y'ububiko.",
    size: 'Ingano ya buri gice (MB)',
    sizeHelp: 'Hagati ya 1 na 2048. MB 10 zinyura kuri imeyili nyinshi.',
    sizeInvalid: 'Andika umubare wuzuye wa MB uri hagati ya 1 na 2048.',
    passphraseLabel: "Ijambo ry'ibanga rya kopi y'ububiko",
    passphraseHelp:
      "Koresha ijambo ry'ibanga rya kopi y'ububiko ubwayo: uwakiriye ibice abifungura hamwe na kopi yose akoresheje iryo jambo.",
    recipientsHelp:
      "Koresha imfunguzo kopi y'ububiko ifungiyeho: uwakiriye ibice abifungura hamwe na kopi yose akoresheje dosiye y'urufunguzo imwe.",
    submit: 'Guca mo ibice',
    running: "Guca kopi y'ububiko mo ibice…",
    done: 'Ibice byanditswe: {count} ({size} byose hamwe). Ohereza byose:',
    doneHint:
      'Kugira ngo usubizeho cyangwa ugenzure, hitamo igice kimwe; ibindi bigomba kuba mu bubiko bumwe cyangwa mu bubiko uhitamo ku zindi dosiye.',
  },
};

export const rwPiecesFieldErrors: typeof enPiecesFieldErrors = {
  notBackupPassphrase:
    "Iri jambo ry'ibanga ntirifungura kopi y'ububiko wahisemo. Koresha ijambo ry'ibanga rya kopi y'ububiko ubwayo (kopi ifungiye ku mfunguzo nta jambo ry'ibanga igira: hitamo imfunguzo).",
};
