/** English for the group-session form and the session time boxes (spread into en.ts). */
export const enGroupSession = {
  groupSession: {
    record: 'Record a group session',
    title: 'Group session',
    name: 'Name of the group',
    date: 'Date',
    time: 'Time',
    timeZoneNote: 'Times are in the shelter time zone ({timeZone}).',
    residents: 'Residents present in the shelter',
    residentsHelp: 'Choose at least two. Type to search by name or code.',
    noneChosen: 'No resident chosen yet.',
    resident: 'Resident',
    who5Item: 'Item {n}',
    notes: 'Notes for the group (sealed: counsellors and managers only)',
    save: 'Save the group session',
    saved: 'Group session saved for {count} residents.',
  },
};
