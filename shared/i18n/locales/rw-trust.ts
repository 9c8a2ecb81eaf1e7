/** Ikinyarwanda: kugarura byizewe, inzira zatoranyijwe no kwandika bidasimbura (bishyirwa muri rw.ts). */
export const rwTrustErrors = {
  BACKUP_SIGN_IN_FAILED:
    "Iryo zina ry'ukoresha n'ijambo ry'ibanga (cyangwa urufunguzo rwo kugarura) ntibifungura iyi kopi y'ububiko. Koresha konti yariho igihe kopi yakorwaga.",
  BACKUP_SIGN_IN_NOT_MANAGER:
    "Umuyobozi w'inzu ukiri mu kazi uri muri iyi kopi (cyangwa urufunguzo rwayo rwo kugarura) ni we wenyine ushobora kuyigarura.",
  BACKUP_OTHER_VAULT: "Iyi kopi y'ububiko ni iy'ububiko bwa Amizero butari ubwo kuri iyi mudasobwa. Emeza ko ushaka kubusimbuza.",
  PATH_NOT_CHOSEN: 'Iyo dosiye cyangwa ububiko ntibyatoranyijwe mu idirishya ubu, cyangwa igihe cyabyo cyarangiye. Ongera ubitoranye.',
  PATH_NETWORK: 'Ahantu ho ku murongo (réseau) ntihemewe. Hitamo ububiko kuri iyi mudasobwa cyangwa kuri USB.',
  REAUTH_REQUIRED: "Ongera wandike ijambo ry'ibanga ryawe kugira ngo uhindure aho kopi zijya cyangwa abashobora kuzifungura.",
  DESTINATION_EXISTS: 'Hari dosiye isanzwe ifite iryo zina. Amizero ntijya isimbuza dosiye: hitamo irindi zina.',
};

export const rwTrust = {
  trust: {
    title: "Injira muri kopi y'ububiko",
    intro:
      "Dosiye ifunguka ntiraba iyo kwizerwa. Injira ukoresheje konti y'umuyobozi iri muri iyi kopi, cyangwa urufunguzo rwayo rwo kugarura, kugira ngo ugaragaze ko ari iy'inzu yawe.",
    method: 'Uburyo bwo kwemeza kopi',
    account: "Konti y'umuyobozi iri muri kopi",
    recoveryKey: 'Urufunguzo rwo kugarura rwa kopi',
    username: "Izina ry'ukoresha riri muri kopi",
    password: "Ijambo ry'ibanga riri muri kopi",
    recoveryKeyLabel: "Urufunguzo rwo kugarura (amatsinda 9 y'inyuguti 4)",
    otherVault: "Iyi kopi ni iy'ububiko butari ubwo kuri iyi mudasobwa. Kuyigarura bisimbuza ubu bubiko bwose.",
    confirmOtherVault: 'Ndabyumva: simbuza ubu bubiko ubundi',
    sameVault: "Iyi kopi ni iy'ububiko buri kuri iyi mudasobwa.",
  },
  reauth: {
    label: "Ijambo ry'ibanga ryawe",
    description: 'Rirakenewe kongera kugira ngo uhindure aho kopi zikorwa ku gihe zijya cyangwa abashobora kuzifungura.',
    keyedBackup: 'Rirakenewe kugira ngo kopi ifungwe ku rufunguzo: ni byo bigena ushobora gusoma ibiyirimo byose.',
  },
};

/** Next to the field core names in a refused sign-in to a backup. */
export const rwTrustFieldErrors = {
  notInBackup: 'Ibi ntibifungura iyi kopi: koresha ibyari byemewe igihe yakorwaga.',
};
