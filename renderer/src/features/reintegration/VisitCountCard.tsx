import { Button, Card, Loader, Stack, Text } from '@mantine/core';
import { IconCalendarDue, IconCalendarExclamation } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { toApiError, type ApiError } from '../../api/api-error';
import { call } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useT } from '../../i18n/useT';
import { useCan } from '../../permissions/can';
import { loadForSession } from '../../stores/session';
import { HomeCardTitle } from '../home/HomeCardTitle';

type Kind = 'overdue' | 'dueThisWeek';

function VisitCount({ kind }: { kind: Kind }) {
  const t = useT();
  const [count, setCount] = useState<number | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => {
    let live = true;
    loadForSession(
      () => call('reintegration.visitCounts', {}),
      (c) => {
        if (live) setCount(c[kind]);
      },
    ).catch((e: unknown) => {
      if (live) setError(toApiError(e));
    });
    return () => {
      live = false;
    };
  }, [kind]);
  const overdue = kind === 'overdue';
  const id = `visits-${kind}-title`;
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={id}>
      <Stack gap="sm">
        <HomeCardTitle
          id={id}
          icon={overdue ? <IconCalendarExclamation size={20} aria-hidden /> : <IconCalendarDue size={20} aria-hidden />}
          color={overdue && count ? 'red' : 'blue'}
          title={t(overdue ? 'reintegration.home.overdueTitle' : 'reintegration.home.dueTitle')}
        />
        <ErrorAlert error={error} />
        {count === null && !error && <Loader size="sm" aria-label={t('common.loading')} />}
        {count === 0 && <Text>{t(overdue ? 'reintegration.home.overdueNone' : 'reintegration.home.dueNone')}</Text>}
        {count !== null && count > 0 && (
          <Text size="xl" fw={700}>
            {t('reintegration.home.count', { count })}
          </Text>
        )}
        <Button component={Link} to="/visits" variant="light">
          {t('reintegration.home.openMyVisits')}
        </Button>
      </Stack>
    </Card>
  );
}

/** Home: follow-up visits overdue (by the shelter's day), for those core lets see them. */
export function VisitsOverdueCard() {
  return useCan('reintegration.visitCounts') ? <VisitCount kind="overdue" /> : null;
}

/** Home: follow-up visits due in the next seven days. */
export function VisitsDueCard() {
  return useCan('reintegration.visitCounts') ? <VisitCount kind="dueThisWeek" /> : null;
}
