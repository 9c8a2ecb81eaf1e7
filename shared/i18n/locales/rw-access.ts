import { rwReintegrationAccessCategories } from './rw-reintegration';
import type { enAccess, enAccessAuditActions, enAccessErrors, enAccessSettingsField } from './en-access';

/** Kinyarwanda for need-to-know access and consent gates; listed for review in rw-review.ts. */
export const rwAccessErrors: typeof enAccessErrors = {
  RESIDENT_NOT_ASSIGNED:
    'Uyu muntu ntabwo ari wowe ushinzwe kumukurikirana, cyangwa iyi dosiye ntibaho. Niba ugomba gufungura dosiye, fungura ku mpamvu yihutirwa kandi utange impamvu yawe.',
  CONSENT_REQUIRED:
    'Nta ruhushya rukiriho rwemera koherereza aya makuru uyu mufatanyabikorwa. Andika uruhushya rwe ku gice cy’Uruhushya, cyangwa wandike impamvu yo kohereza nta ruhushya.',
  PARTNER_NOT_FOUND: 'Uyu mufatanyabikorwa ntakiri ku rutonde. Hitamo undi.',
};

export const rwAccessAuditActions: typeof enAccessAuditActions = {
  'report.exported': 'Raporo yoherejwe hanze (imibare gusa)',
  'report.anonymised_exported': 'Amakuru atagaragaza abantu yoherejwe hanze',
  'outreach.recorded': 'Igikorwa cyo gukangurira cyangwa amahugurwa cyanditswe',
  'resident.glass_broken': 'Yafunguye dosiye adashinzwe (impamvu yihutirwa)',
  'resident.consent_overridden': 'Byoherejwe nta ruhushya (impamvu yanditswe)',
  'partner.created': 'Umufatanyabikorwa yongewe ku rutonde',
  'partner.updated': 'Umufatanyabikorwa yahinduwe ku rutonde',
  'partner.removed': 'Umufatanyabikorwa yakuwe ku rutonde',
  'consent.target_resolved': "Izina ry'umufatanyabikorwa ku ruhushya ryahujwe n'urutonde",
};

export const rwAccessSettingsField: typeof enAccessSettingsField = {
  residentAccess: 'Ni nde ushobora gufungura dosiye',
  anonymisationK: 'Amakuru atagaragaza umuntu: itsinda rito ry’abantu (k, nibura 5)',
};

export const rwAccess: typeof enAccess = {
  access: {
    mode: {
      assigned: 'Abakozi bashinzwe gusa',
      all: 'Abajyanama bose n’abashinzwe imibereho myiza bose',
    },
    modeHelp:
      'Ku "abakozi bashinzwe gusa", umujyanama cyangwa ushinzwe imibereho myiza afungura gusa dosiye z’abo ashinzwe; abandi bagaragara na kode, izina bwite n’icyumba. Abayobozi babona dosiye zose.',
    tableTitle: 'Ni nde ukora iki',
    tableIntro:
      "Icyo buri ruhare rwemerewe gukora kuri dosiye y'uwakiriwe, bitewe n'isano afitanye na we. Amizero yubahiriza iyi mbonerahamwe.",
    roleColumn: 'Uruhare',
    categoryColumn: 'Igice cya dosiye',
    relation: {
      assigned: 'Ushinzwe',
      not_assigned: 'Udashinzwe',
      broken_glass: 'Yafunguye ku mpamvu yihutirwa',
    },
    level: {
      none: 'Nta burenganzira',
      read: 'Gusoma',
      change: 'Gusoma no guhindura',
    },
    category: {
      ...rwReintegrationAccessCategories,
      rehabilitation: 'Gahunda yo gusubiza mu buzima n’inama',
      sessions: 'Ko ibiganiro byabaye (itariki, ubwoko, kwitabira)',
      counselling: 'Inyandiko n’amanota by’ubujyanama',
      identity: 'Umwirondoro',
      stay: "Kuba mu nzu n'igitanda",
      trafficking_profile: "Ibijyanye n'icuruzwa",
      care: "Abakozi bashinzwe n'ibyago",
      consents: 'Impushya',
      referrals: 'Koherezwa ahandi',
      documents: 'Inyandiko',
      history: 'Amateka',
    },
    restricted: 'Ntabwo ari wowe umushinzwe',
    restrictedHint: "Kode, izina bwite n'icyumba gusa. Fungura dosiye ku mpamvu yihutirwa.",
  },
  breakGlass: {
    title: 'Fungura dosiye udashinzwe',
    intro:
      "Ntabwo ari wowe ushinzwe uyu muntu. Ushobora gufungura dosiye ye kugeza urangije iki gihe cyo gukora niba ufite impamvu. Impamvu yawe irandikwa kandi ikerekwa umuyobozi w'inzu.",
    reasonLabel: 'Impamvu',
    noteLabel: 'Sobanura',
    noteHelp: 'Ibyabaye, n’impamvu udashobora gutegereza umukozi umushinzwe.',
    confirm: 'Fungura dosiye',
    cancel: 'Subira inyuma',
    reason: {
      risk_to_life: 'Ubuzima cyangwa umutekano we biri mu kaga',
      covering_colleague: 'Nsimbuye mugenzi wanjye udahari',
      incident: 'Ikibazo cyabaye mu nzu',
      resident_request: 'Uwakiriwe ni we wabinsabye',
      other: 'Indi mpamvu',
    },
    banner: 'Wafunguye iyi dosiye ku mpamvu yihutirwa ({reason}) {time}. Irafunga igihe ufunze Amizero.',
    bannerShort: 'Yafunguwe ku mpamvu yihutirwa: {reason}.',
    homeTitle: 'Dosiye zafunguwe ku mpamvu yihutirwa (iminsi 30)',
    homeEmpty: 'Nta muntu wafunguye dosiye adashinzwe mu minsi 30 ishize.',
    homeRow: '{who} yafunguye {code} {time}: {reason}',
    noteTooShort: 'Andika nibura amagambo make.',
  },
  unassigned: {
    homeTitle: 'Abakiriwe bategereje abakozi babashinzwe',
    homeEmpty: 'Buri wese uri mu nzu afite umujyanama n’ushinzwe imibereho myiza.',
    missingCounsellor: 'Nta mujyanama',
    missingSocialWorker: 'Nta ushinzwe imibereho myiza',
    open: 'Fungura {code}',
  },
  partners: {
    title: 'Urutonde rw’abafatanyabikorwa',
    intro: "Imiryango inzu ikorana na yo. Kohereza ahandi n'impushya zo gusangira amakuru bihitamo umufatanyabikorwa kuri uru rutonde.",
    add: 'Ongeraho umufatanyabikorwa',
    edit: 'Hindura',
    remove: 'Kuraho',
    removeConfirm: 'Ukure {name} ku rutonde? Ibyanditswe birimo iryo zina biraryigumana.',
    save: 'Bika umufatanyabikorwa',
    cancel: 'Reka',
    saved: 'Umufatanyabikorwa yabitswe.',
    removed: 'Umufatanyabikorwa yakuweho.',
    empty: 'Nta bafatanyabikorwa barashyirwaho.',
    readOnly: "Umuyobozi w'inzu wenyine ni we ushobora guhindura urutonde.",
    fields: {
      type: 'Ubwoko',
      name: 'Izina',
      district: 'Akarere',
      contactPerson: 'Uwo kuvugisha',
      phone: 'Telefoni',
    },
    unresolvedTitle: "Amazina y'abafatanyabikorwa agomba guhuzwa",
    unresolvedIntro:
      'Aya mazina yanditswe ku mpushya mbere y’uko urutonde rubaho kandi ntahuye n’umufatanyabikorwa n’umwe. Hitamo umufatanyabikorwa buri zina rivuga.',
    unresolvedNone: 'Buri zina ry’umufatanyabikorwa riri ku ruhushya rihuye n’urutonde.',
    resolve: 'Huza',
    choosePartner: 'Hitamo umufatanyabikorwa',
    nav: 'Abafatanyabikorwa',
  },
  sharing: {
    category: {
      identity: 'Umwirondoro',
      contact: 'Aho abarizwa',
      trafficking_profile: "Ibijyanye n'icuruzwa",
      health: 'Ubuzima',
      counselling_summary: "Incamake y'ubujyanama",
      documents: 'Inyandiko',
    },
    override: {
      legal_obligation: 'Itegeko ribisaba',
      threat_to_life: 'Ubuzima buri mu kaga',
    },
    categoriesLabel: 'Amakuru asangirwa',
    categoriesHelp: 'Ibi bice bya dosiye ni byo byonyine bishobora koherezwa umufatanyabikorwa.',
    partnerLabel: 'Umufatanyabikorwa',
    partnerTypeLabel: "Cyangwa abafatanyabikorwa bose b'ubwoko bumwe",
    targetsHelp: 'Hitamo abafatanyabikorwa ku rutonde, cyangwa abo mu bwoko bumwe bose, cyangwa byombi.',
    targetsLabel: 'Abafatanyabikorwa',
    anyOfType: '{type} yose',
    unresolvedName: "{name} (ntiyahujwe n'urutonde)",
    overrideTitle: 'Ohereza nta ruhushya',
    overrideIntro:
      "Ni iyo itegeko ribisaba cyangwa ubuzima buri mu kaga gusa. Umuyobozi cyangwa ushinzwe imibereho myiza umushinzwe ni we ubyandika; birandikwa mu gitabo cy'igenzura kandi bikagaragara muri dosiye.",
    overrideReasonLabel: "Impamvu y'amategeko",
    overrideNoteLabel: 'Sobanura',
    overrideShown: 'Byoherejwe nta ruhushya: {reason}',
    consentMissing: 'Nta ruhushya rukiriho kuri uyu mufatanyabikorwa',
    consentWithdrawn: 'Uruhushya rwakuweho cyangwa rwarangiye: ntukohereze',
    openConsentTab: "Fungura igice cy'Uruhushya",
  },
};
