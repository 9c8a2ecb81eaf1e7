import { rwReintegrationAccessCategories } from './rw-reintegration';
/** Kinyarwanda for need-to-know access and consent gates: only what we are confident of; the rest falls back to English. */
export const rwAccessErrors = {
  RESIDENT_NOT_ASSIGNED: 'Uyu muntu ntabwo ari wowe ushinzwe kumukurikirana, cyangwa iyi dosiye ntibaho.',
  CONSENT_REQUIRED: 'Nta ruhushya rwatanzwe rwemera koherereza aya makuru uyu mufatanyabikorwa. Andika uruhushya rwe ku gice cy’Uruhushya.',
  PARTNER_NOT_FOUND: 'Uyu mufatanyabikorwa ntakiri ku rutonde. Hitamo undi.',
};

export const rwAccessAuditActions = {
  'report.exported': 'Raporo yoherejwe hanze (imibare gusa)',
  'report.anonymised_exported': 'Amakuru atagaragaza abantu yoherejwe hanze',
  'outreach.recorded': 'Igikorwa cyo gukangurira cyangwa amahugurwa cyanditswe',
  'resident.glass_broken': 'Yafunguye dosiye adashinzwe',
  'partner.created': 'Umufatanyabikorwa yongewe ku rutonde',
};

export const rwAccessSettingsField = {
  residentAccess: 'Ni nde ushobora gufungura dosiye',
  anonymisationK: 'Amakuru atagaragaza umuntu: itsinda rito ry’abantu (k, nibura 5)',
};

export const rwAccess = {
  // This catalogue has no audit or settings keys of its own yet: these are the only ones.
  audit: { action: rwAccessAuditActions },
  settings: { fields: rwAccessSettingsField },
  access: {
    mode: {
      assigned: 'Abakozi bashinzwe gusa',
      all: 'Abajyanama bose n’abashinzwe imibereho myiza bose',
    },
    relation: {
      assigned: 'Ushinzwe',
      not_assigned: 'Udashinzwe',
    },
    level: {
      none: 'Nta burenganzira',
      read: 'Gusoma',
    },
    category: {
      ...rwReintegrationAccessCategories,
      identity: 'Umwirondoro',
      documents: 'Inyandiko',
      rehabilitation: 'Gahunda yo gusubiza mu buzima n’inama',
      sessions: 'Ko ibiganiro byabaye (itariki, ubwoko, kwitabira)',
      counselling: 'Inyandiko n’amanota by’ubujyanama',
    },
  },
  breakGlass: {
    reasonLabel: 'Impamvu',
    confirm: 'Fungura dosiye',
    cancel: 'Subira inyuma',
    reason: {
      risk_to_life: 'Ubuzima bwe buri mu kaga',
      other: 'Indi mpamvu',
    },
  },
  partners: {
    title: 'Urutonde rw’abafatanyabikorwa',
    add: 'Ongeraho umufatanyabikorwa',
    remove: 'Kuraho',
    save: 'Bika',
    cancel: 'Reka',
    fields: {
      name: 'Izina',
      district: 'Akarere',
      phone: 'Telefoni',
    },
    nav: 'Abafatanyabikorwa',
  },
  sharing: {
    category: {
      identity: 'Umwirondoro',
      health: 'Ubuzima',
      documents: 'Inyandiko',
    },
    partnerLabel: 'Umufatanyabikorwa',
  },
};
