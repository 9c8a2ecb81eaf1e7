import { IconCalendarX } from '@tabler/icons-react';
import { useFormatDateTime } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import { useCan } from '../../permissions/can';
import { useChannelData } from '../residents/file/useChannelData';
import { ResidentListCard } from './ResidentListCard';

/** Residents whose last two recorded sessions were both missed. */
function MissedTwiceList() {
  const t = useT();
  const formatDateTime = useFormatDateTime();
  const missed = useChannelData('counselling.missedTwice', {});
  return (
    <ResidentListCard
      id="home-missed-twice"
      icon={<IconCalendarX size={20} />}
      title={t('rehabUi.missedCardTitle')}
      empty={t('rehabUi.missedCardNone')}
      tab="counselling"
      error={missed.error}
      rows={missed.data?.map((r) => ({ ...r, when: formatDateTime(r.lastMissedAt) })) ?? null}
    />
  );
}

export function MissedTwiceCard() {
  return useCan('counselling.missedTwice') ? <MissedTwiceList /> : null;
}
