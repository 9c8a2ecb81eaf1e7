import type { enVisitsPaging } from './en-visits-paging';

/** Amagambo y'Ikinyarwanda y'ibice by'urupapuro Gusura kwanjye (ashyirwa muri rw.ts). */
export const rwVisitsPaging: typeof enVisitsPaging = {
  visitsPaging: {
    shown: 'Herekanywe {shown} kuri {total}',
    showMore: 'Erekana ibindi',
    loadingMore: 'Birimo kuzana ibindi…',
  },
};
