import type { enErasure, enErasureAuditActions, enErasureErrors } from './en-erasure';

/** Ikinyarwanda: gusiba amakuru y'uwakiriwe, igihe amadosiye afunze abikwa (muri rw.ts). */
export const rwErasureErrors: Record<keyof typeof enErasureErrors, string> = {
  ERASURE_LIST_TAMPERED:
    "Urutonde rw'abasibwe ruri mu idosiye y'imfunguzo (keyring.json) rwahinduwe hanze ya Amizero. Nta cyahindutse. Vugana n'abashinzwe ikoranabuhanga.",
  ERASE_OPEN_STAY: 'Aracyaba mu kigo. Banza wandike ko yasohotse; igihe akiri mu kigo ntashobora gusibwa.',
  ERASE_SAME_ACCOUNT: "Umuyobozi wa kabiri agomba kwemeza: koresha konti y'undi muyobozi, si iyawe, cyangwa urufunguzo rwo kugarura.",
  ERASE_APPROVER_NOT_MANAGER: "Undi muyobozi w'ikigo ukiri mu kazi (cyangwa urufunguzo rwo kugarura) ni we wenyine wemeza gusiba.",
  RETENTION_ZERO: 'Igihe cy’amezi zeru cyatuma amadosiye asibwa ako kanya. Shyiraho nibura ukwezi kumwe.',
};

export const rwErasureAuditActions: Record<keyof typeof enErasureAuditActions, string> = {
  'resident.erased': 'Uwakiriwe yasibwe (amakuru ye yavanyweho)',
  'resident.erasure_reapplied': 'Ibyasibwe mbere byongeye gusibwa',
  'resident.pseudonymised': "Umwirondoro w'uwakiriwe wavanyweho (amazina na telefoni)",
  'retention.changed': 'Igihe amadosiye abikwa cyahinduwe',
};

export const rwErasure: typeof enErasure = {
  erasure: {
    open: 'Siba amakuru ye…',
    title: 'Siba {name} ({code})',
    intro:
      'Gusiba bikuraho burundu ibyo Amizero ibika byose kuri we. Ntibishobora gusubizwa inyuma. Bikoreshe igihe abisabye kandi amategeko abyemera, cyangwa igihe cyo kubika amakuru ye cyarangiye.',
    willLose: 'Ibi bizatakara:',
    rows: 'Inyandiko {count} zose hamwe',
    kinds: {
      residents: "Umwirondoro we, aho abarizwa, inkomoko n'inyandiko z'ubuzima",
      stays: 'Ibihe yamaze mu kigo',
      bed_assignments: 'Ibitanda',
      referrals_in: 'Uko yoherejwe mu kigo',
      trafficking_profiles: "Amateka y'icuruzwa",
      consents: 'Uburenganzira yatanze',
      consent_targets: 'Abafatanyabikorwa bavugwa mu burenganzira',
      documents: 'Inyandiko',
      document_contents: "Amadosiye y'inyandiko",
      referrals_out: 'Koherezwa ku bafatanyabikorwa',
      referral_out_statuses: 'Aho koherezwa bigeze',
      break_glass: 'Kwinjira bidasanzwe (kumena ikirahure)',
      rehab_plans: 'Gahunda yo gusana ubuzima',
      rehab_plan_versions: 'Gahunda za mbere',
      rehab_goals: 'Intego za gahunda',
      rehab_goal_reviews: "Isuzuma ry'intego",
      case_conferences: "Inama z'idosiye",
      counselling_sessions: "Ibiganiro by'ubujyanama (iby'itsinda bisigarira abandi)",
      counselling_participants: "Uko yitabiriye n'amanota ye mu biganiro",
      counselling_risk_flags: "Ibimenyetso by'ibyago",
      counselling_note_drafts: "Inyandiko z'ibiganiro zitararangira",
      reintegration_plans: 'Gahunda yo gusubira mu muryango',
      reintegration_visits: 'Gusura nyuma yo gutaha',
      reintegration_closures: 'Gufunga idosiye',
      drafts: 'Amafishi atarabitswe amwerekeye',
      resident_words: 'Ibyo gushakisha',
      audit_log: "Ibyanditswe mu gitabo cy'igenzura (birabikwa: nta we bivuga izina)",
    },
    openStay: 'Aracyaba mu kigo: banza wandike ko yasohotse mbere yo gusiba.',
    backupsWarning:
      "Kopi z'ububiko zakozwe mbere y'uyu munsi ziracyafite amakuru ye kugeza zisimbuwe. Niba imwe muri zo igaruwe, Amizero yongera kumusiba mbere y'uko hagira uyifungura.",
    approval: {
      title: "Kwemezwa n'umuyobozi wa kabiri",
      method: 'Byemejwe na',
      manager: "Konti y'undi muyobozi",
      recoveryKey: 'Urufunguzo rwo kugarura',
      username: "Izina ry'ukoresha ry'umuyobozi wa kabiri",
      password: "Ijambo ry'ibanga ry'umuyobozi wa kabiri",
      recoveryKeyField: 'Urufunguzo rwo kugarura',
    },
    confirmLabel: 'Andika kode ye ({code}) kugira ngo wemeze',
    confirmMismatch: 'Andika kode uko igaragara.',
    submit: 'Siba burundu',
    done: 'Amakuru ye yasibwe. Inyandiko {rows} zavanyweho.',
    previous: 'Kopi {purged} yabitswe igihe cyo kugarura mbere nayo yasibwe; kopi {removed} uru rufunguzo rudafungura yavanyweho.',
  },
  retention: {
    nav: 'Kubika',
    title: 'Igihe amadosiye afunze abikwa',
    intro:
      'Idosiye imaze gufungwa (gusubira mu muryango byarangiye, cyangwa yasohotse nta gahunda yo gusubira mu muryango), Amizero iyibika amezi ashyizwe hano. Amadosiye yarengeje icyo gihe agaragara hepfo kugira ngo asuzumwe. Nta cyavanwaho utahisemo kuvanaho umwirondoro cyangwa gusiba.',
    defaultMonths: 'Andi madosiye afunze yose (amezi)',
    categoryMonths: '{category} (amezi)',
    useDefault: 'Siga ubusa ukoreshe igihe gisanzwe',
    categories: {
      follow_ups_complete: 'Yafunzwe: gusura byarangiye',
      moved_abroad: 'Yafunzwe: yagiye mu mahanga',
      refused_contact: 'Yafunzwe: yanze ko bavugana',
      died: 'Yafunzwe: yitabye Imana',
      readmitted: 'Yafunzwe: yongeye kwakirwa',
      other: 'Yafunzwe: indi mpamvu',
      discharged: 'Yasohotse nta gahunda yo gusubira mu muryango',
    },
    save: 'Bika ibihe byo kubika',
    saved: 'Ibihe byo kubika byabitswe.',
    review: {
      title: 'Amadosiye yarengeje igihe cyo kubikwa',
      empty: 'Nta dosiye ifunze yarengeje igihe cyo kubikwa.',
      code: 'Kode',
      name: 'Izina',
      category: 'Uko yafunzwe',
      closedOn: 'Yafunzwe ku wa',
      keepUntil: 'Ibikwa kugeza ku wa',
      actions: 'Igikorwa',
      pseudonymised: 'Umwirondoro wavanyweho',
      pseudonymise: 'Kuraho umwirondoro…',
      erase: 'Siba…',
    },
    pseudonymise: {
      title: 'Kuraho umwirondoro wa {name} ({code})',
      body: "Amazina ye, andi mazina, telefoni, nimero y'indangamuntu, itariki y'amavuko, umudugudu n'inyandiko z'ubuzima bivanwaho, hamwe n'inyandiko ze, amazina y'abahamya n'abarezi mu burenganzira, n'umukozi wamwohereje. Kode ye, igitsina, imyaka, akarere n'amateka y'idosiye birasigara, ku mibare. Ntibishobora gusubizwa inyuma.",
      confirm: 'Kuraho umwirondoro',
      done: 'Umwirondoro we wavanyweho.',
    },
  },
};
