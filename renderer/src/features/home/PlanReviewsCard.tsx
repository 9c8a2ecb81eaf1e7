import { IconCalendarDue } from '@tabler/icons-react';
import { useFormatDate } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import { useCan } from '../../permissions/can';
import { useChannelData } from '../residents/file/useChannelData';
import { ResidentListCard } from './ResidentListCard';

/** Plans whose review date has passed, for the residents the viewer follows (all, for a manager). */
function PlanReviewsList() {
  const t = useT();
  const formatDate = useFormatDate();
  const due = useChannelData('counselling.reviewsOverdue', {});
  return (
    <ResidentListCard
      id="home-plan-reviews"
      icon={<IconCalendarDue size={20} />}
      title={t('rehabUi.reviewsCardTitle')}
      empty={t('rehabUi.reviewsCardNone')}
      tab="rehabilitation"
      error={due.error}
      rows={due.data?.map((r) => ({ ...r, when: formatDate(r.nextReviewOn) })) ?? null}
    />
  );
}

export function PlanReviewsCard() {
  return useCan('counselling.reviewsOverdue') ? <PlanReviewsList /> : null;
}
