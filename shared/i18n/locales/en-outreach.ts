/** The outreach and training log. */
export const enOutreach = {
  outreach: {
    nav: 'Outreach',
    navDescription: 'Community awareness, trainings, school talks and campaigns: list and record.',
    navAction: 'Open the log',
    title: 'Outreach and training',
    intro: 'The shelter’s work in the community: awareness sessions, trainings, school talks, media work and campaigns.',
    type: {
      community_awareness: 'Community awareness session',
      training_officials: 'Training of officials',
      training_teachers: 'Training of teachers',
      school_talk: 'School talk',
      media: 'Media work (radio, TV, press)',
      refugee_camp_campaign: 'Campaign in a refugee camp',
      border_community_campaign: 'Campaign in a border community',
      other: 'Other activity',
    },
    audience: {
      community: 'Community members',
      local_officials: 'Local officials',
      police_justice: 'Police and justice',
      teachers: 'Teachers',
      students: 'Students',
      refugees: 'Refugees',
      media: 'Journalists',
      other: 'Other',
    },
    camp: {
      mahama: 'Mahama',
      kiziba: 'Kiziba',
      nyabiheke: 'Nyabiheke',
      kigeme: 'Kigeme',
      mugombwa: 'Mugombwa',
      gihembe: 'Gihembe',
      other: 'Another camp',
    },
    count: {
      femaleUnder18: 'Girls (under 18)',
      femaleAdult: 'Women',
      maleUnder18: 'Boys (under 18)',
      maleAdult: 'Men',
    },
    fields: {
      heldOn: 'Date',
      type: 'Activity',
      place: 'Place',
      province: 'Province',
      district: 'District',
      sector: 'Sector',
      camp: 'Refugee camp',
      partners: 'Partners',
      audience: 'Audience',
      reached: 'People reached',
      staff: 'Staff present',
      notes: 'Notes',
    },
    record: 'Record an activity',
    recorded: 'Activity recorded.',
    save: 'Save activity',
    none: 'No activity recorded for these filters.',
    filters: { from: 'From', to: 'To', type: 'Any activity', district: 'Any district' },
  },
};

/** Refusals (`validation.outreach.*`). */
export const enOutreachValidation = {
  outreach: {
    placeRequired: 'Give the district, or the refugee camp.',
    nobodyCounted: 'Count at least one person reached.',
    staffUnknown: 'Choose active staff accounts.',
  },
};
