/**
 * English for rehabilitation plans, counselling sessions and case conferences (issue 11).
 * `enRehab` is spread into the catalogue, `enRehabValidation` into `residentValidation`,
 * `enRehabAuditActions` into `audit.action`, `enRehabErrors` into `errors`.
 */
export const enRehab = {
  rehabEnums: {
    goalDomain: {
      health: 'Health',
      psychosocial: 'Psychosocial',
      legal_justice: 'Legal and justice',
      education: 'Education',
      livelihood: 'Livelihood',
      family_community: 'Family and community',
      safety: 'Safety',
      housing: 'Housing',
    },
    goalStatus: {
      not_started: 'Not started',
      in_progress: 'In progress',
      achieved: 'Achieved',
      dropped: 'Dropped',
    },
    sessionType: { individual: 'Individual', group: 'Group', family: 'Family' },
    attendance: {
      scheduled: 'Scheduled',
      attended: 'Attended',
      missed: 'Missed',
      cancelled_by_resident: 'Cancelled by the resident',
      cancelled_by_staff: 'Cancelled by staff',
    },
    topic: {
      trauma: 'Trauma',
      grief: 'Grief and loss',
      anxiety: 'Anxiety',
      depression: 'Low mood',
      sleep: 'Sleep',
      relationships: 'Relationships',
      family: 'Family',
      safety_planning: 'Safety planning',
      substance_use: 'Alcohol or drugs',
      legal_process: 'Court case and police',
      future_plans: 'Plans for the future',
      life_skills: 'Life skills',
      other: 'Other',
    },
    riskFlag: {
      self_harm: 'Self-harm',
      harm_to_others: 'Harm to others',
      trafficker_contact: 'Contact or threat from traffickers',
      unsafe_departure: 'Planning to leave unsafely',
    },
    conferenceAttendee: { staff: 'Staff', resident: 'The resident', family: 'Family', partner: 'Partner' },
  },
  who5: {
    title: 'WHO-5 Wellbeing Index',
    intro: 'Over the last two weeks…',
    item: {
      '1': 'I have felt cheerful and in good spirits',
      '2': 'I have felt calm and relaxed',
      '3': 'I have felt active and vigorous',
      '4': 'I woke up feeling fresh and rested',
      '5': 'My daily life has been filled with things that interest me',
    },
    answer: {
      '0': 'At no time',
      '1': 'Some of the time',
      '2': 'Less than half of the time',
      '3': 'More than half of the time',
      '4': 'Most of the time',
      '5': 'All of the time',
    },
    score: 'Wellbeing score {score} of 100',
  },
};

export const enRehabValidation = {
  'rehab.droppedReasonRequired': 'Say why the goal was dropped.',
  'rehab.responsibleInactive': 'This account is disabled: choose someone who works here now.',
  'rehab.goalDomainNotYours': 'Your role does not write goals in this domain.',
  'rehab.planFieldNotYours': 'Only a counsellor or manager changes the review date.',
  'rehab.sessionTooFarAhead': 'This date is more than a year ahead.',
  'rehab.sessionBeforeAdmission': 'This date is before she was admitted.',
  'rehab.wellbeingItem': 'Each answer is a number from 0 to 5.',
  'rehab.notesTooLong': 'Notes are limited to 20,000 characters.',
  'rehab.notInShelter': 'She was not in the shelter on that day.',
  'rehab.counsellorInvalid': 'Choose an active counsellor.',
  'rehab.goalNotInPlan': 'This goal is not in her plan.',
  'rehab.clinicalNotYours': 'Your role does not record scores, flags or notes.',
  'rehab.partnerUnknown': 'Choose a partner from the directory.',
  'rehab.duplicateParticipant': 'The same resident is listed twice.',
};

export const enRehabAuditActions = {
  'rehab.plan_saved': 'Rehabilitation plan saved',
  'rehab.goal_reviewed': 'Goal progress reviewed',
  'rehab.conference_saved': 'Case conference recorded',
  'counselling.session_saved': 'Counselling session saved',
  'counselling.notes_viewed': 'Counselling notes opened',
  'counselling.risk_raised': 'Risk flag raised',
  'counselling.risk_acknowledged': 'Risk flag acknowledged',
};

export const enRehabErrors = {
  PLAN_CHANGED_ELSEWHERE:
    'Someone saved this plan after you opened it. Your changes are still in the form: reload the plan and apply them again.',
};
