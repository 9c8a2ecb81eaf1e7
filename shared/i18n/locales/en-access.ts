import { enReintegrationAccessCategories } from './en-reintegration';
/** English for need-to-know access, break the glass, the partner directory and consent gates. */
export const enAccessErrors = {
  RESIDENT_NOT_ASSIGNED:
    'This resident is not assigned to you, or the record does not exist. If you must open the file, break the glass and give your reason.',
  CONSENT_REQUIRED:
    'No consent in force lets this go to that partner with these categories. Record the resident’s consent on the Consent tab, or record an override.',
  PARTNER_NOT_FOUND: 'That partner is not in the directory any more. Choose another partner.',
};

export const enAccessAuditActions = {
  'report.exported': 'Report exported (counts only)',
  'report.anonymised_exported': 'Anonymised dataset exported',
  'outreach.recorded': 'Outreach or training activity recorded',
  'resident.glass_broken': 'Opened a file not assigned (broke the glass)',
  'resident.consent_overridden': 'Sent without consent (recorded override)',
  'partner.created': 'Partner added to the directory',
  'partner.updated': 'Partner changed in the directory',
  'partner.removed': 'Partner removed from the directory',
  'consent.target_resolved': 'Consent partner name matched to the directory',
};

export const enAccessSettingsField = {
  residentAccess: 'Who may open a resident’s file',
  anonymisationK: 'Anonymised export: smallest group of people (k, at least 5)',
};

export const enAccess = {
  access: {
    mode: {
      assigned: 'Assigned staff only',
      all: 'Every counsellor and social worker',
    },
    modeHelp:
      'With "assigned staff only", a counsellor or social worker opens only the residents assigned to her; others appear with code, first name and room. Managers always see every file.',
    tableTitle: 'Who may do what',
    tableIntro: 'What each role may do with a resident’s file, by her relation to the resident. Core enforces this table.',
    roleColumn: 'Role',
    categoryColumn: 'Part of the file',
    relation: {
      assigned: 'Assigned',
      not_assigned: 'Not assigned',
      broken_glass: 'Broke the glass',
    },
    level: {
      none: 'No access',
      read: 'Read',
      change: 'Read and change',
    },
    category: {
      ...enReintegrationAccessCategories,
      identity: 'Identity',
      stay: 'Stay and bed',
      trafficking_profile: 'Trafficking profile',
      care: 'Assigned staff and risk',
      consents: 'Consents',
      referrals: 'Referrals out',
      documents: 'Documents',
      history: 'History',
      rehabilitation: 'Rehabilitation plan and conferences',
      sessions: 'That sessions happened (date, type, attendance)',
      counselling: 'Counselling notes and scores',
    },
    restricted: 'Not assigned to you',
    restrictedHint: 'Code, first name and room only. Open the file to break the glass.',
  },
  breakGlass: {
    title: 'Open a file not assigned to you',
    intro:
      'This resident is not assigned to you. You may open her file for the rest of this session if you have a reason. Your reason is recorded and shown to the shelter manager.',
    reasonLabel: 'Reason',
    noteLabel: 'Explain',
    noteHelp: 'What happened, and why you cannot wait for the assigned staff.',
    confirm: 'Open the file',
    cancel: 'Go back',
    reason: {
      risk_to_life: 'Risk to her life or safety',
      covering_colleague: 'Covering for an absent colleague',
      incident: 'Incident in the shelter',
      resident_request: 'The resident asked me',
      other: 'Other reason',
    },
    banner: 'You opened this file by breaking the glass ({reason}) at {time}. It closes when you lock Amizero.',
    bannerShort: 'Opened by breaking the glass: {reason}.',
    homeTitle: 'Files opened by breaking the glass (30 days)',
    homeEmpty: 'Nobody opened a file not assigned to them in the last 30 days.',
    homeRow: '{who} opened {code} on {time}: {reason}',
    noteTooShort: 'Write at least a few words.',
  },
  unassigned: {
    homeTitle: 'Residents waiting for assigned staff',
    homeEmpty: 'Every current resident has a counsellor and a social worker.',
    missingCounsellor: 'No counsellor',
    missingSocialWorker: 'No social worker',
    open: 'Open {code}',
  },
  partners: {
    title: 'Partner directory',
    intro: 'Organisations the shelter works with. Referrals out and sharing consents pick a partner from this list.',
    add: 'Add partner',
    edit: 'Edit',
    remove: 'Remove',
    removeConfirm: 'Remove {name} from the directory? Records that name it keep it.',
    save: 'Save partner',
    cancel: 'Cancel',
    saved: 'Partner saved.',
    removed: 'Partner removed.',
    empty: 'No partners yet.',
    readOnly: 'Only a shelter manager can change the directory.',
    fields: {
      type: 'Type',
      name: 'Name',
      district: 'District',
      contactPerson: 'Contact person',
      phone: 'Phone',
    },
    unresolvedTitle: 'Partner names to match',
    unresolvedIntro:
      'These names were typed on consents before the directory existed and match no partner. Choose the partner each one means.',
    unresolvedNone: 'Every partner name on a consent matches the directory.',
    resolve: 'Match',
    choosePartner: 'Choose a partner',
    nav: 'Partners',
  },
  sharing: {
    category: {
      identity: 'Identity',
      contact: 'Contact details',
      trafficking_profile: 'Trafficking profile',
      health: 'Health',
      counselling_summary: 'Counselling summary',
      documents: 'Documents',
    },
    override: {
      legal_obligation: 'Legal obligation',
      threat_to_life: 'Threat to life',
    },
    categoriesLabel: 'Information shared',
    categoriesHelp: 'Only these parts of the file may go to the partner.',
    partnerLabel: 'Partner',
    partnerTypeLabel: 'Or every partner of a type',
    targetsHelp: 'Choose partners from the directory, or every partner of a type, or both.',
    targetsLabel: 'Partners',
    anyOfType: 'Any {type}',
    unresolvedName: '{name} (not matched to the directory)',
    overrideTitle: 'Send without consent',
    overrideIntro:
      'Only for a legal obligation or a threat to life. A manager or the assigned social worker records it; it is audited and shown on the file.',
    overrideReasonLabel: 'Legal reason',
    overrideNoteLabel: 'Explain',
    overrideShown: 'Sent without consent: {reason}',
    consentMissing: 'No consent in force for this partner',
    consentWithdrawn: 'Consent withdrawn or expired: do not send',
    openConsentTab: 'Open the Consent tab',
  },
};
