import type { enReports, enReportsValidation } from './en-reports';

/** Kinyarwanda for reports; to review with a native speaker (listed in the hand-over). */
export const rwReports: typeof enReports = {
  reports: {
    section: {
      sex: 'Igitsina',
      age_band: 'Imyaka igihe yakirwaga',
      nationality: 'Ubwenegihugu',
      employment_at_recruitment: 'Akazi yari afite igihe yashukwaga',
      exploitation: "Ubwoko bw'ikoreshwa",
      destination: 'Igihugu yakoreweshejwemo',
      means_of_control: 'Uburyo bwo kumugenzura',
      recruitment: 'Uko yashutswe',
      referral_source: 'Uwamwohereje',
      length_of_stay: 'Igihe yamaze mu nzu (abasohotse muri iki gihe)',
      discharge_destination: 'Aho bagiye basohotse',
      referrals_out: 'Aboherejwe ku bafatanyabikorwa, ukurikije ubwoko',
      outreach_activities: 'Ibikorwa byo gukangurira n’amahugurwa',
      outreach_reached: 'Abantu bagezweho n’ubukangurambaga',
      counselling_attendance: "Kwitabira inama z'ubujyanama",
      who5_change: 'Impinduka mu mibereho myiza (WHO-5)',
      reintegration_6_months: "Amanota yo gusubira mu muryango nyuma y'amezi 6",
      reintegration_12_months: "Amanota yo gusubira mu muryango nyuma y'amezi 12",
    },
    value: {
      ctdc: {
        threats: 'Iterabwoba',
        other_exploitation: "Ubundi buryo bw'ikoreshwa",
        internet: 'Interineti cyangwa imbuga nkoranyambaga',
        educational_facility: 'Ishuri',
        public_area: 'Ahantu rusange',
        shelter: "Inkambi cyangwa inzu y'ubuhungiro",
        work: "Akazi cyangwa isezerano ry'akazi",
        abduction: 'Gushimutwa',
        other: 'Ibindi',
      },
      unknown: 'Ntibyanditswe',
      ageBand: {
        '0_8': '0–8',
        '9_17': '9–17',
        '18_20': '18–20',
        '21_23': '21–23',
        '24_26': '24–26',
        '27_29': '27–29',
        '30_38': '30–38',
        '39_47': '39–47',
        '48_plus': '48 kuzamura',
      },
      stayLength: {
        under_1_month: "Munsi y'ukwezi 1",
        '1_3_months': 'Amezi 1 kugeza kuri 3',
        '3_6_months': 'Amezi 3 kugeza kuri 6',
        over_6_months: 'Hejuru y’amezi 6',
      },
    },
    columns: { value: 'Agaciro', count: 'Abantu', section: 'Raporo', total: 'Igiteranyo' },
    exportTitle: 'Raporo ya Amizero',
    exportScope: 'Igihe kuva {from} kugeza {to} · ikigo: {site}',
    allSites: 'ibigo byose',
    notAvailable: 'Nta mibare irahari: iki gice cya porogaramu ntikirayandika.',
    empty: 'Nta muntu ubarirwa hano muri iki gihe.',
    smallCount: 'Imibare kuva kuri 1 kugeza kuri 4 igaragara nka "<5" mu madosiye yoherejwe hanze, kugira ngo hatagira umenyekana.',
  },
};

export const rwReportsValidation: typeof enReportsValidation = {
  report: {
    periodReversed: 'Igihe kirangira mbere yo gutangira.',
    siteUnknown: 'Nta kigo gifite iyo kode.',
  },
};
