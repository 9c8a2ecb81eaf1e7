import { Group, List, Stack, Text, Title } from '@mantine/core';
import { createPortal } from 'react-dom';
import { DEFAULT_SETTINGS } from '../../../../shared/domain/settings';
import { useLocaleStore } from '../../i18n/locale-store';
import type { Locale } from '../../../../shared/domain/settings';
import { formatDate, todayIn } from '../../../../shared/i18n/format';
import { useT } from '../../i18n/useT';
import { RecoveryKeyGroups } from './RecoveryKeyGroups';
import classes from './recovery-key.module.css';
import './print.css';

interface Props {
  recoveryKey: string;
  organisationName: string;
  siteCode: string;
}

/** Today in Kigali (the shelter's settings are not open yet during setup), in the chosen language. */
function today(locale: Locale): string {
  return formatDate(locale, todayIn(DEFAULT_SETTINGS.timeZone));
}

/**
 * Rendered straight into <body>, outside the app, so the print stylesheet can hide
 * everything else. It exists only while the recovery-key step is on screen.
 */
export function RecoveryKeyPrintSheet({ recoveryKey, organisationName, siteCode }: Props) {
  const t = useT();
  const locale = useLocaleStore((s) => s.locale);
  return createPortal(
    <div className={`${classes.sheet} amizero-print-sheet`} aria-hidden>
      <Stack gap="lg">
        <Title order={1}>{t('setup.print.title')}</Title>
        <Group gap="xl">
          <Text>
            <strong>{t('setup.print.organisation')}:</strong> {organisationName} ({siteCode})
          </Text>
          <Text>
            <strong>{t('setup.print.date')}:</strong> {today(locale)}
          </Text>
        </Group>
        <RecoveryKeyGroups recoveryKey={recoveryKey} />
        <Text size="sm">{t('setup.recovery.characters')}</Text>
        <Title order={2}>{t('setup.print.whatTitle')}</Title>
        <Text>{t('setup.print.what')}</Text>
        <Title order={2}>{t('setup.print.whereTitle')}</Title>
        <List>
          <List.Item>{t('setup.print.where1')}</List.Item>
          <List.Item>{t('setup.print.where2')}</List.Item>
          <List.Item>{t('setup.print.where3')}</List.Item>
        </List>
        <Text>{t('setup.print.ifLost')}</Text>
        <div className={classes.fillIn}>
          <Text>{t('setup.print.keptBy')}</Text>
          <Text>{t('setup.print.keptWhere')}</Text>
        </div>
      </Stack>
    </div>,
    document.body,
  );
}
