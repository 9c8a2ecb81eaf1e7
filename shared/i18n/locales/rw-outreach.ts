import type { enOutreach, enOutreachValidation } from './en-outreach';

/** Kinyarwanda for the outreach log; to review with a native speaker. */
export const rwOutreach: typeof enOutreach = {
  outreach: {
    nav: 'Ubukangurambaga',
    navDescription: 'Gukangurira abaturage, amahugurwa, ibiganiro mu mashuri n’ubukangurambaga: urutonde no kwandika.',
    navAction: 'Fungura igitabo',
    title: 'Ubukangurambaga n’amahugurwa',
    intro: 'Ibikorwa by’inzu mu baturage: inama zo gukangurira, amahugurwa, ibiganiro mu mashuri, itangazamakuru n’ubukangurambaga.',
    type: {
      community_awareness: 'Inama yo gukangurira abaturage',
      training_officials: 'Amahugurwa y’abayobozi',
      training_teachers: 'Amahugurwa y’abarimu',
      school_talk: 'Ikiganiro mu ishuri',
      media: 'Itangazamakuru (radiyo, televiziyo, ibinyamakuru)',
      refugee_camp_campaign: 'Ubukangurambaga mu nkambi y’impunzi',
      border_community_campaign: 'Ubukangurambaga ku mupaka',
      other: 'Ikindi gikorwa',
    },
    audience: {
      community: 'Abaturage',
      local_officials: 'Abayobozi b’inzego z’ibanze',
      police_justice: 'Polisi n’ubutabera',
      teachers: 'Abarimu',
      students: 'Abanyeshuri',
      refugees: 'Impunzi',
      media: 'Abanyamakuru',
      other: 'Abandi',
    },
    camp: {
      mahama: 'Mahama',
      kiziba: 'Kiziba',
      nyabiheke: 'Nyabiheke',
      kigeme: 'Kigeme',
      mugombwa: 'Mugombwa',
      gihembe: 'Gihembe',
      other: 'Indi nkambi',
    },
    count: {
      femaleUnder18: 'Abakobwa (munsi y’imyaka 18)',
      femaleAdult: 'Abagore',
      maleUnder18: 'Abahungu (munsi y’imyaka 18)',
      maleAdult: 'Abagabo',
    },
    fields: {
      heldOn: 'Itariki',
      type: 'Igikorwa',
      place: 'Aho byabereye',
      province: 'Intara',
      district: 'Akarere',
      sector: 'Umurenge',
      camp: 'Inkambi y’impunzi',
      partners: 'Abafatanyabikorwa',
      audience: 'Abitabiriye',
      reached: 'Abantu bagezweho',
      staff: 'Abakozi bari bahari',
      notes: 'Ibisobanuro',
    },
    record: 'Andika igikorwa',
    recorded: 'Igikorwa cyanditswe.',
    save: 'Bika igikorwa',
    none: 'Nta gikorwa kiboneka kuri ibi byatoranyijwe.',
    filters: { from: 'Kuva', to: 'Kugeza', type: 'Igikorwa icyo ari cyo cyose', district: 'Akarere akari ko kose' },
  },
};

export const rwOutreachValidation: typeof enOutreachValidation = {
  outreach: {
    placeRequired: 'Andika akarere cyangwa inkambi y’impunzi.',
    nobodyCounted: 'Bara nibura umuntu umwe wagezweho.',
    staffUnknown: 'Hitamo konti z’abakozi bakiri mu kazi.',
  },
};
