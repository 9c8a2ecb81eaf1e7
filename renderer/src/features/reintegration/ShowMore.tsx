import { Button, Group, Text } from '@mantine/core';
import type { ApiError } from '../../api/api-error';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useT } from '../../i18n/useT';

/** Under a paged list: how many of the total are shown, and the button that fetches the next page. */
export function ShowMore({
  shown,
  total,
  hasMore,
  loading,
  error,
  onMore,
  label,
}: {
  shown: number;
  total: number;
  hasMore: boolean;
  loading: boolean;
  error: ApiError | null;
  onMore: () => void;
  /** The section's name, so the button says which list it extends. */
  label: string;
}) {
  const t = useT();
  if (!hasMore && shown >= total) return null;
  return (
    <>
      <ErrorAlert error={error} />
      <Group justify="space-between" mt="sm">
        <Text size="sm" c="dimmed" aria-live="polite">
          {t('visitsPaging.shown', { shown, total })}
        </Text>
        {hasMore && (
          <Button variant="light" size="xs" onClick={onMore} loading={loading} aria-label={`${t('visitsPaging.showMore')}: ${label}`}>
            {t('visitsPaging.showMore')}
          </Button>
        )}
      </Group>
    </>
  );
}
