import { List, Paper, Stack, Text, Title } from '@mantine/core';
import type { MessageKey } from '../../../../../shared/i18n/translate';
import { useT } from '../../../i18n/useT';
import { BedSelect } from '../stay/BedSelect';
import { missingParts } from './admission-form';
import { errorAt, type StepProps } from './step-props';

/** A free bed from today's board, and what the file will still be missing. */
export function BedStep({ values, set, errors }: StepProps) {
  const t = useT();
  const missing = missingParts(values);
  return (
    <Stack gap="lg">
      <BedSelect
        value={values.bedId}
        onChange={(v) => set('bedId', v)}
        error={errorAt(errors, 'bedId')}
        description={t('admit.bed.help')}
        autoFocus
      />
      <Paper withBorder p="md" bg="gray.0">
        <Title order={4} size="h5">
          {t('admit.review.title')}
        </Title>
        {missing.length === 0 ? (
          <Text size="sm">{t('admit.review.nothing')}</Text>
        ) : (
          <>
            <Text size="sm" c="dimmed" mb={6}>
              {t('admit.review.help')}
            </Text>
            <List size="sm" spacing={2} style={{ columnCount: 3 }}>
              {missing.map((m) => (
                <List.Item key={m}>{t(`admit.missing.${m}` as MessageKey)}</List.Item>
              ))}
            </List>
          </>
        )}
      </Paper>
    </Stack>
  );
}
