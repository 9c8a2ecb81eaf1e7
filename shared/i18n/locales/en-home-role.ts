/** English strings for the counsellor's and social worker's Home (spread into en.ts). */
export const enHomeRole = {
  homeWeek: {
    title: 'Your week',
    intro: 'Sessions in the next seven days, missed ones to reschedule, plan reviews due.',
    upcoming: 'Coming sessions ({count})',
    missed: 'Missed, to reschedule ({count})',
    reviews: 'Plan reviews due ({count})',
    none: 'None.',
    more: 'and {count} more',
    openWeek: 'Open My week',
    chartTitle: 'Sessions per day',
    chartSeries: 'Sessions',
    chartSummary: '{count, plural, =0 {No session} =1 {One session} other {# sessions}} in the next seven days.',
  },
  homeVisits: {
    title: 'Your follow-up visits',
    intro: 'Visits overdue and due in the next seven days, by the shelter’s day.',
    overdue: 'Overdue ({count})',
    dueThisWeek: 'Due this week ({count})',
    attention: 'Need attention ({count})',
    none: 'None.',
    more: 'and {count} more',
    openVisits: 'Open My visits',
  },
};
