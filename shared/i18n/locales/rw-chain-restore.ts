import type { enChainRestore } from './en-chain-restore';

/** Amagambo y'Ikinyarwanda yo kugarura amakuru ava ku ruhererekane rw'ububiko bwiyongera (ashyirwa muri rw.ts). */
export const rwChainRestore: typeof enChainRestore = {
  chainRestore: {
    links: 'Ububiko burimo amadosiye akenewe',
    linksHelp:
      "Ni ku bubiko bufite impinduka gusa: hitamo ububiko (urugero flash) burimo ububiko bwuzuye bwabwo n'ubundi bubiko bwose buri hagati yabyo.",
    rebuilt: "Byagenzuwe byose: iyi ngingo yubatswe hakoreshejwe amadosiye {count}, ububiko bwuzuye n'impinduka zose zakurikiyeho.",
  },
};
