/** English strings for the paged sections of My visits (spread into en.ts). */
export const enVisitsPaging = {
  visitsPaging: {
    shown: 'Showing {shown} of {total}',
    showMore: 'Show more',
    loadingMore: 'Loading more…',
  },
};
