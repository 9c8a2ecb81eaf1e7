/**
 * English labels for a resident's identity and origin fields, one set for every screen that
 * asks for or shows them (admission wizard, the file's Identity tab and its read-only view).
 * Spread into en.ts.
 */
export const enFields = {
  residentFields: {
    givenNames: 'Given names',
    familyName: 'Family name',
    otherNames: 'Other names or aliases',
    otherNamesHelp: 'Nicknames or names used during the journey. Press Enter after each one.',
    sex: 'Sex',
    genderIdentity: 'Gender identity',
    dateOfBirth: 'Date of birth',
    dateOfBirthHelp: 'Leave empty if not known; give an estimated age instead.',
    estimatedAge: 'Estimated age (years)',
    estimatedAgeHelp: 'When the date of birth is not known. Counted from today.',
    nationalities: 'Nationality',
    languages: 'Languages spoken',
    phone: 'Phone',
    idDocument: 'ID document',
    idType: 'ID document',
    idNumber: 'Document number',
    maritalStatus: 'Marital status',
    educationLevel: 'Education',
    numberOfChildren: 'Number of children',
    healthNotes: 'Disability or health notes',
    healthNotesHelp: 'Only what the team needs to care for her or him. Never shown in the audit log.',
    country: 'Country of origin',
    commonCountries: 'Rwanda and the region',
    allCountries: 'All countries',
    noCountry: 'No country with that name',
    notKnown: 'Not known yet',
    placeDetail: 'Town, region or address',
    placeDetailRwanda: 'More detail (landmark, street)',
    place: {
      province: 'Province',
      district: 'District',
      sector: 'Sector',
      cell: 'Cell',
      village: 'Village (Umudugudu)',
      chooseAbove: 'Choose the level above first',
      noMatch: 'No place with that name',
    },
  },
};
