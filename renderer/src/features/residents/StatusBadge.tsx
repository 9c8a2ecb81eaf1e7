import { Badge } from '@mantine/core';
import type { ResidentListItem } from '../../../../shared/domain/resident';
import { useT } from '../../i18n/useT';

/** In the shelter stands out; discharged stays quiet, since most of a long list is. */
export function StatusBadge({ status }: { status: ResidentListItem['status'] }) {
  const t = useT();
  return (
    <Badge
      variant={status === 'admitted' ? 'light' : 'outline'}
      color={status === 'admitted' ? 'teal' : 'gray'}
      radius="sm"
      tt="none"
      size="md"
    >
      {t(`residentEnums.residentStatus.${status}`)}
    </Badge>
  );
}
