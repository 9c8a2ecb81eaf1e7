/** Reports: section titles, values that are not an enumeration elsewhere, refusals. */
export const enReports = {
  reports: {
    section: {
      sex: 'Sex',
      age_band: 'Age at admission',
      nationality: 'Nationality',
      employment_at_recruitment: 'Work situation when recruited',
      exploitation: 'Type of exploitation',
      destination: 'Country of exploitation',
      means_of_control: 'Means of control',
      recruitment: 'How recruited',
      referral_source: 'Referred by',
      length_of_stay: 'Length of stay (stays ended in the period)',
      discharge_destination: 'Where residents went on leaving',
      referrals_out: 'Referrals out, by partner type',
      outreach_activities: 'Outreach and training activities',
      outreach_reached: 'People reached by outreach',
      counselling_attendance: 'Counselling attendance',
      who5_change: 'Change in wellbeing (WHO-5)',
      reintegration_6_months: 'Reintegration scores at 6 months',
      reintegration_12_months: 'Reintegration scores at 12 months',
    },
    value: {
      ctdc: {
        threats: 'Threats',
        other_exploitation: 'Other exploitation',
        internet: 'Internet or social media',
        educational_facility: 'School or college',
        public_area: 'Public place',
        shelter: 'Camp or shelter',
        work: 'Work or job offer',
        abduction: 'Abduction',
        other: 'Other',
      },
      unknown: 'Not recorded',
      ageBand: {
        '0_8': '0–8',
        '9_17': '9–17',
        '18_20': '18–20',
        '21_23': '21–23',
        '24_26': '24–26',
        '27_29': '27–29',
        '30_38': '30–38',
        '39_47': '39–47',
        '48_plus': '48 and over',
      },
      stayLength: {
        under_1_month: 'Under 1 month',
        '1_3_months': '1 to 3 months',
        '3_6_months': '3 to 6 months',
        over_6_months: 'Over 6 months',
      },
    },
    columns: { value: 'Value', count: 'People', section: 'Report', total: 'Total' },
    exportTitle: 'Amizero report',
    exportScope: 'Period {from} to {to} · site: {site}',
    allSites: 'all sites',
    notAvailable: 'No figures yet: this part of the app does not record them yet.',
    empty: 'Nobody is counted here for this period.',
    smallCount: 'Counts from 1 to 4 are shown as "<5" in exported files, so no one can be recognised.',
  },
};

/** Refusals (`validation.report.*`). */
export const enReportsValidation = {
  report: {
    periodReversed: 'The period ends before it starts.',
    siteUnknown: 'No site has that code.',
  },
};
