import type { enVisitsPaging } from './en-visits-paging';

/** Chaînes françaises des sections paginées de Mes visites (répandues dans fr.ts). */
export const frVisitsPaging: typeof enVisitsPaging = {
  visitsPaging: {
    shown: '{shown} sur {total} affichées',
    showMore: 'Afficher plus',
    loadingMore: 'Chargement de la suite…',
  },
};
