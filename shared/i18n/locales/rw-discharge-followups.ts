import type { enDischargeFollowUps } from './en-discharge-followups';

/** Ikinyarwanda: gutegura ingendo zo gukurikirana akimara gusezererwa (umushinga utarasuzumwa). */
export const rwDischargeFollowUps: typeof enDischargeFollowUps = {
  dischargeFollowUps: {
    title: 'Gutegura ubu ingendo zo kumukurikirana?',
    intro: '{name} yasezerewe. Umwaka wo kumukurikirana utangirira kuri uku gusezererwa: ingendo ku mezi yashyizwe mu Igenamiterere.',
    schedule: 'Tegura ikurikiranwa',
    notNow: 'Si ubu',
    later: 'Uzashobora kuzitegura nyuma mu gice cye « Gusubira mu muryango ».',
  },
};
