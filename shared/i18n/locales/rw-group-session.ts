import type { enGroupSession } from './en-group-session';

/** Ikinyarwanda (igishushanyo gitegereje gusuzumwa): ikiganiro cy'itsinda n'isaha y'ibiganiro. */
export const rwGroupSession: typeof enGroupSession = {
  groupSession: {
    record: "Andika ikiganiro cy'itsinda",
    title: "Ikiganiro cy'itsinda",
    name: "Izina ry'itsinda",
    date: 'Itariki',
    time: 'Isaha',
    timeZoneNote: "Amasaha ni ay'aho ikigo kiri ({timeZone}).",
    residents: 'Abacumbitsi bari mu kigo',
    residentsHelp: 'Hitamo nibura babiri. Andika izina cyangwa nimero kugira ngo ushakishe.',
    noneChosen: 'Nta mucumbitsi wahiswemo.',
    resident: 'Umucumbitsi',
    who5Item: 'Ikibazo {n}',
    notes: "Inyandiko z'itsinda (zifunze: abajyanama n'abayobozi gusa)",
    save: "Bika ikiganiro cy'itsinda",
    saved: "Ikiganiro cy'itsinda cyabitswe ku bacumbitsi {count}.",
  },
};
