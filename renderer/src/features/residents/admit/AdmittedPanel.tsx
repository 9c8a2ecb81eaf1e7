import { Alert, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { ResidentFile } from '../../../../../shared/domain/resident';
import type { MessageKey } from '../../../../../shared/i18n/translate';
import { useT } from '../../../i18n/useT';
import { bedName } from '../stay/BedSelect';
import { useFocusOnMount } from '../../../components/useFocusOnMount';
import { FOCUS_FILE_HEADING } from '../file/FileHeader';

/** After saving: the new code to write on paper, the bed, and what the file still lacks. */
export function AdmittedPanel({ file, onAnother }: { file: ResidentFile; onAnother: () => void }) {
  const t = useT();
  const bed = file.beds.find((b) => b.to === null);
  // The form that had focus is gone: the heading naming the new file takes it (issue 16).
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <Stack gap="lg" maw={760}>
      <Alert color="teal" variant="light" icon={<IconCircleCheck aria-hidden />} role="status">
        <Title order={2} size="h3" ref={heading} tabIndex={-1}>
          {t('admit.done.title', { name: file.displayName })}
        </Title>
        <Text size="lg" mt={4}>
          {t('admit.done.code', { code: file.code })}
        </Text>
        <Text>{bed ? t('admit.done.bed', { bed: bedName(bed.roomName, bed.bedLabel) }) : t('admit.done.noBed')}</Text>
      </Alert>
      {file.missing.length > 0 && (
        <Paper withBorder p="md">
          <Title order={3} size="h5">
            {t('admit.review.title')}
          </Title>
          <Text size="sm" c="dimmed" mb={6}>
            {t('admit.review.help')}
          </Text>
          <List size="sm" spacing={2} style={{ columnCount: 3 }}>
            {file.missing.map((m) => (
              <List.Item key={m}>{t(`admit.missing.${m}` as MessageKey)}</List.Item>
            ))}
          </List>
        </Paper>
      )}
      <Group>
        <Button component={Link} to={`/residents/${file.id}`} state={FOCUS_FILE_HEADING}>
          {t('admit.done.openFile')}
        </Button>
        <Button variant="default" onClick={onAnother}>
          {t('admit.done.another')}
        </Button>
        <Button variant="subtle" component={Link} to="/residents">
          {t('admit.done.list')}
        </Button>
      </Group>
    </Stack>
  );
}
