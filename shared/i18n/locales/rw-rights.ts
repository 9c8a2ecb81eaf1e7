import type { enRights, enRightsAuditActions, enRightsErrors, enRightsValidation } from './en-rights';

/** Ikinyarwanda (umushinga utarasuzumwa): uburenganzira bw'uwakiriwe ku makuru ye. */
export const rwRightsErrors: typeof enRightsErrors = {
  CORRECTION_ANSWERED: 'Iki cyifuzo cyasubijwe kandi cyarafunzwe. Andika icyifuzo gishya niba yongeye kubisaba.',
  CORRECTION_CHANGE_INVALID:
    'Iyi nyandiko ntisubiza iki cyifuzo: huza impinduka yakozwe muri dosiye ye nyuma y’uko icyifuzo cyakiriwe (icyifuzo cyakosowe kigomba kugira imwe).',
  ACCESS_EXPORT_FOLDER_NOT_EMPTY: 'Hitamo ububiko burimo ubusa: nta kintu gisanzwemo gisimbuzwa.',
};

export const rwRightsAuditActions: typeof enRightsAuditActions = {
  'rights.correction_recorded': 'Icyifuzo cyo gukosora cyanditswe',
  'rights.correction_linked': 'Impinduka yahujwe n’icyifuzo cyo gukosora',
  'rights.correction_answered': 'Icyifuzo cyo gukosora cyasubijwe',
  'rights.access_exported': 'Amakuru yose amwerekeyeho yabitswe (kumugezaho)',
  'rights.register_saved': 'Igitabo cy’itunganywa ry’amakuru cyabitswe nka PDF',
  'rights.breach_report_saved': 'Raporo y’iyibwa ry’amakuru yabitswe nka PDF',
};

export const rwRightsValidation: typeof enRightsValidation = {
  'rights.answerBeforeReceipt': 'Igisubizo ntigishobora kugira itariki ibanziriza iyo icyifuzo cyakiriweho.',
};

export const rwRights: typeof enRights = {
  rights: {
    nav: 'Uburenganzira',
    navDescription: 'Igitabo cy’itunganywa ry’amakuru na raporo z’iyibwa ryayo hakurikijwe itegeko.',
    navAction: 'Fungura uburenganzira',
    title: 'Uburenganzira bw’abakiriwe n’itegeko ku makuru',
    tabs: { register: 'Igitabo cy’itunganywa', breach: 'Raporo y’iyibwa' },
    purpose: {
      identity: 'Kumenya uwo ari we, kubona dosiye ye no kumuvugisha',
      stay: 'Gucunga igihe amara, icyumba n’igitanda mu mezi atandatu',
      trafficking_profile: 'Gusobanukirwa ibyamubayeho kugira ngo arindwe no gutanga raporo ku icuruzwa ry’abantu',
      care: 'Ubuzima bwe, ibyago n’abakozi bamukurikirana',
      consents: 'Kwerekana ibyo yemeye n’abo amakuru ye ashobora gusangizwa',
      referrals: 'Kumwohereza ku bafatanyabikorwa kubona serivisi akeneye',
      documents: 'Kubika kopi z’impapuro na raporo bye',
      history: 'Kwerekana uwafunguye cyangwa wahinduye dosiye ye',
      rehabilitation: 'Gutegura no gusuzuma isanamitima rye',
      sessions: 'Gutegura ibiganiro by’isanamitima no kumenya ko byabaye',
      counselling: 'Kumuherekeza: inyandiko, amanota y’imibereho myiza n’agahinda, ibimenyetso by’ibyago',
      reintegration: 'Gutegura gusubira iwabo no kumukurikirana umwaka wose',
      reintegration_contact: 'Kuvugana n’umuryango we mu gihe cy’isura',
    },
    legalBasis: {
      consent: 'Uruhushya rwe',
      vital_interest: 'Inyungu ze z’ingenzi (ubuzima n’umutekano)',
      legal_obligation: 'Inshingano y’amategeko y’ikigo',
      public_interest: 'Umurimo w’inyungu rusange (kurinda abacurujwe)',
    },
    ownRecord: {
      staff_accounts: 'Konti z’abakozi n’igenamiterere',
      audit_log: 'Igitabo cy’igenzura cy’ibyarebwe n’ibyahinduwe',
      backups: 'Kopi zibitse zifunze',
    },
    register: {
      intro: 'Gikorwa uhereye ku mbonerahamwe, inshingano n’igenamiterere bya porogaramu: gihinduka iyo bihindutse.',
      category: 'Iki',
      tables: 'Imbonerahamwe',
      purposeColumn: 'Impamvu',
      basis: 'Ishingiro ry’amategeko',
      readers: 'Ushobora kubibona',
      glass: 'Nyuma yo kumena ikirahure: {roles}',
      kept: 'Igihe bibikwa',
      untilErased: 'Kugeza bisibwe',
      monthsAfterClosure: 'Amezi {months} nyuma yo gufunga dosiye',
      goesTo: 'Aho bijya',
      partnersUnderConsent: 'Abafatanyabikorwa, hakurikijwe uruhushya rwe rwo gusangiza',
      backupsOnly: 'Kopi zibitse zifunze gusa',
      partnersTitle: 'Abafatanyabikorwa bari mu gitabo',
      noPartners: 'Nta mufatanyabikorwa uri mu gitabo.',
      backupsTitle: 'Kopi zibitse',
      backupsScheduled: 'Kopi zikorwa ku gihe cyateganyijwe mu bubiko bwatoranyijwe; imfunguzo {keys} z’icyicaro zishobora kuzifungura.',
      backupsManual: 'Kopi zikorwa n’intoki mu bubiko bwatoranyijwe; imfunguzo {keys} z’icyicaro zishobora kuzifungura.',
      ownTitle: 'Inyandiko z’ikigo ubwacyo',
      save: 'Bika igitabo nka PDF',
      dialogTitle: 'Bika igitabo cy’itunganywa nka',
      saved: 'Igitabo cyabitswe ({size}).',
      pdfTitle: 'Igitabo cy’itunganywa ry’amakuru',
      pdfIntro:
        'Igitabo cy’itunganywa ry’amakuru (Itegeko nº 058/2021 rirengera amakuru bwite n’ubuzima bwite, ingingo ya 17) cya {organisation}.',
    },
    none: 'Nta we',
    footer: '{organisation} — {date}',
    page: 'Urupapuro {page} kuri {pages}',
  },
  corrections: {
    title: 'Ibyifuzo byo gukosora',
    intro: 'Ibyo avuga ko bitari byo muri dosiye ye. Kora impinduka mu gice gisanzwe, hanyuma uyihuze hano uhereye ku mateka ye.',
    empty: 'Nta cyifuzo cyo gukosora cyanditswe.',
    record: 'Andika icyifuzo',
    receivedOn: 'Cyakiriwe ku wa',
    request: 'Ibyo avuga ko bitari byo',
    save: 'Bika icyifuzo',
    link: 'Huza impinduka',
    linkPick: 'Impinduka iri mu mateka ye',
    linkNone: 'Nta mpinduka yabaye muri dosiye ye kuva icyifuzo cyakirwa.',
    linkButton: 'Huza iyi mpinduka',
    answer: 'Subiza',
    answeredOn: 'Cyasubijwe ku wa',
    outcome: { corrected: 'Byakosowe', refused: 'Byanzwe' },
    note: 'Igisubizo yahawe (si ngombwa)',
    open: 'Kirafunguye',
    answeredLine: '{outcome} ku wa {date}',
    changes: 'Impinduka zakozwe',
    noChanges: 'Nta mpinduka irahuzwa.',
    fields: 'ibice: {fields}',
    recordedBy: 'Cyanditswe na {name}',
  },
};
