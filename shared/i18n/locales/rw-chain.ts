import type { enChain, enChainErrors } from './en-chain';

/** Amagambo y'Ikinyarwanda y'ububiko bwiyongera (ashyirwa muri rw.ts). */
export const rwChainErrors: Record<keyof typeof enChainErrors, string> = {
  BACKUP_CHAIN_BASE_MISSING:
    'Ububiko bwuzuye uru ruhererekane rutangiriraho ntiburi hano: bwakozwe ku wa {made}. Ongeraho iyo dosiye wongere ugerageze. Nta cyahindutse.',
  BACKUP_CHAIN_LINK_MISSING:
    'Igice cya {link} muri {of} ntikiri hano: cyakozwe ku wa {made}. Ongeraho iyo dosiye wongere ugerageze. Nta cyahindutse.',
  BACKUP_CHAIN_DUPLICATE: 'Igice cya {link} ({file}) cyatanzwe kabiri cyangwa cyari cyarashyizweho. Nta cyahindutse.',
  BACKUP_CHAIN_FOREIGN: "{file} si igice cy'uru ruhererekane: ni icy'ububiko bw'ahandi cyangwa icy'urundi ruhererekane. Nta cyahindutse.",
  BACKUP_CHAIN_ORDER:
    'Igice cya {link} ({file}) ntigikurikira dosiye ikibanziriza mu ruhererekane (cyakozwe ku wa {made}). Nta cyahindutse.',
  BACKUP_PIECE_MISSING: 'Agace ka {piece} muri {of} ({file}) ntikari hano. Ongeraho uduce twose wongere ugerageze. Nta cyahindutse.',
  BACKUP_PIECES_MIXED: "{file} ni agace k'ubundi bubiko. Hitamo uduce tw'ububiko bumwe gusa. Nta cyahindutse.",
  BACKUP_REPLICA_INVALID: "Iyo folderi si kopi y'icyicaro gikuru yakozwe mu bubiko bw'iki kigo. Nta cyahindutse.",
};

/** Urutonde rw'aho gusubiza ububiko ku rupapuro rw'Ububiko (rushyirwa muri rw.ts). */
export const rwChain: typeof enChain = {
  backupChains: {
    title: "Aho wasubiza amakuru mu bubiko bw'ububiko",
    intro:
      "Ububiko bwinshi bwikora bufite gusa ibyahindutse kuva ku bwabubanjirije. Kugira ngo usubize bumwe muri bwo, Amizero ikenera ububiko bwuzuye bwabwo n'ubundi bwose buri hagati yabwo: bibike hamwe.",
    none: 'Nta bubiko bwikora buri muri iyi folderi (cyangwa USB ntiyacometse).',
    made: 'Byakozwe',
    kind: 'Ubwoko',
    size: 'Ingano',
    needs: 'Kugira ngo usubize aha',
    full: 'Ububiko bwuzuye',
    link: 'Ibyahindutse gusa ({n})',
    needsNothing: 'Iyi dosiye yonyine',
    needsFiles: 'Izi dosiye {count} hamwe ({size})',
    incomplete: 'Dosiye ikenewe ntiri muri folderi.',
  },
};
