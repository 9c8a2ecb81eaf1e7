/**
 * Kinyarwanda for rehabilitation plans, counselling sessions and case conferences (see
 * en-rehab.ts). To be reviewed by a native speaker; the WHO-5 wording in particular has no
 * validated Kinyarwanda translation known to the project and is marked for review.
 */
export const rwRehab = {
  rehabEnums: {
    goalDomain: {
      health: 'Ubuzima',
      psychosocial: 'Imitekerereze n’imibanire',
      legal_justice: 'Amategeko n’ubutabera',
      education: 'Uburezi',
      livelihood: 'Imibereho n’umurimo',
      family_community: 'Umuryango n’abaturanyi',
      safety: 'Umutekano',
      housing: 'Icumbi',
    },
    goalStatus: {
      not_started: 'Ntiriratangira',
      in_progress: 'Rirakorwa',
      achieved: 'Ryagezweho',
      dropped: 'Ryahagaritswe',
    },
    sessionType: { individual: 'Umuntu ku giti cye', group: 'Itsinda', family: 'Umuryango' },
    attendance: {
      scheduled: 'Iteganyijwe',
      attended: 'Yaje',
      missed: 'Ntiyaje',
      cancelled_by_resident: 'Yasubitswe na we',
      cancelled_by_staff: 'Yasubitswe n’abakozi',
    },
    topic: {
      trauma: 'Ihungabana',
      grief: 'Agahinda n’igihombo',
      anxiety: 'Impungenge',
      depression: 'Kwiheba',
      sleep: 'Ibitotsi',
      relationships: 'Imibanire',
      family: 'Umuryango',
      safety_planning: 'Gutegura umutekano',
      substance_use: 'Inzoga cyangwa ibiyobyabwenge',
      legal_process: 'Urubanza na polisi',
      future_plans: 'Imigambi y’ejo hazaza',
      life_skills: 'Ubumenyi ngiro bw’ubuzima',
      other: 'Ibindi',
    },
    riskFlag: {
      self_harm: 'Kwigirira nabi',
      harm_to_others: 'Kugirira nabi abandi',
      trafficker_contact: 'Guhura cyangwa gukangishwa n’abacuruzi b’abantu',
      unsafe_departure: 'Gutegura kugenda mu buryo buteje akaga',
    },
    conferenceAttendee: { staff: 'Abakozi', resident: 'Uwakiriwe', family: 'Umuryango', partner: 'Umufatanyabikorwa' },
  },
  who5: {
    title: 'Igipimo cy’imibereho myiza WHO-5 (ubusobanuro bugomba gusuzumwa)',
    intro: 'Mu byumweru bibiri bishize…',
    item: {
      '1': 'Numvise nishimye kandi mfite akanyamuneza',
      '2': 'Numvise ntuje kandi nduhutse',
      '3': 'Numvise mfite imbaraga kandi nkora',
      '4': 'Nabyutse numva mfite imbaraga kandi naruhutse',
      '5': 'Ubuzima bwanjye bwa buri munsi bwari bwuzuye ibintu binshishikaza',
    },
    answer: {
      '0': 'Nta na rimwe',
      '1': 'Rimwe na rimwe',
      '2': 'Munsi ya kimwe cya kabiri cy’igihe',
      '3': 'Hejuru ya kimwe cya kabiri cy’igihe',
      '4': 'Igihe kinini',
      '5': 'Igihe cyose',
    },
    score: 'Amanota y’imibereho myiza {score} kuri 100',
  },
};

export const rwRehabValidation = {
  'rehab.droppedReasonRequired': 'Vuga impamvu intego yahagaritswe.',
  'rehab.responsibleInactive': 'Iyi konti yahagaritswe: hitamo umuntu ukora hano ubu.',
  'rehab.goalDomainNotYours': 'Inshingano zawe ntizemerera kwandika intego muri iki cyiciro.',
  'rehab.planFieldNotYours': 'Umujyanama cyangwa umuyobozi ni bo bahindura itariki yo gusuzuma.',
  'rehab.sessionTooFarAhead': 'Iyi tariki irenze umwaka uri imbere.',
  'rehab.sessionBeforeAdmission': 'Iyi tariki iri mbere y’uko yakirwa.',
  'rehab.wellbeingItem': 'Igisubizo cyose ni umubare kuva kuri 0 kugeza kuri 5.',
  'rehab.notesTooLong': 'Inyandiko ntizirenza inyuguti 20.000.',
  'rehab.notInShelter': 'Uwo munsi ntiyari mu kigo.',
  'rehab.counsellorInvalid': 'Hitamo umujyanama ukora.',
  'rehab.goalNotInPlan': 'Iyi ntego ntiri muri gahunda ye.',
  'rehab.clinicalNotYours': 'Inshingano zawe ntizemerera kwandika amanota, ibimenyetso cyangwa inyandiko.',
  'rehab.partnerUnknown': 'Hitamo umufatanyabikorwa uri mu rutonde.',
  'rehab.duplicateParticipant': 'Umuntu umwe yanditswe kabiri.',
};

export const rwRehabAuditActions = {
  'rehab.plan_saved': 'Gahunda yo gusubiza mu buzima yabitswe',
  'rehab.goal_reviewed': 'Aho intego igeze harasuzumwe',
  'rehab.conference_saved': 'Inama yo gusuzuma dosiye yanditswe',
  'counselling.session_saved': 'Ikiganiro cy’ubujyanama cyabitswe',
  'counselling.notes_viewed': 'Inyandiko z’ubujyanama zafunguwe',
  'counselling.risk_raised': 'Ikimenyetso cy’akaga cyatanzwe',
  'counselling.risk_acknowledged': 'Ikimenyetso cy’akaga cyakiriwe',
};

export const rwRehabErrors = {
  PLAN_CHANGED_ELSEWHERE:
    'Hari undi wabitse iyi gahunda nyuma y’uko uyifungura. Ibyo wahinduye biracyari mu ifishi: ongera ufungure gahunda ubishyiremo.',
};
