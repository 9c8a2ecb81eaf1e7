import { Badge, Button, Card, Group, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconKey, IconLock } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useT } from '../../i18n/useT';
import { useCan } from '../../permissions/can';
import { useSessionStore } from '../../stores/session';
import { useNavItems } from '../layout/useNavItems';
import { LOCK_SHORTCUT_LABEL } from '../lock/platform';
import { BackupStatusCard } from './BackupStatusCard';
import { StayLimitCard } from './StayLimitCard';
import { MyResidentsCard } from './MyResidentsCard';
import { KeysStatusNotes } from '../keys/KeysStatusNotes';
import { AccessCards } from './AccessCards';
import { RiskFlagsCard } from './RiskFlagsCard';
import { PlanReviewsCard } from './PlanReviewsCard';
import { MissedTwiceCard } from './MissedTwiceCard';
import { RoleSections } from './role/role-sections';
import { VisitsDueCard, VisitsOverdueCard } from '../reintegration/VisitCountCard';

/** Kinyarwanda and French actions run longer than the English: the card's button grows a line instead of cutting them. */
const WRAPPING_LABEL = {
  root: { height: 'auto', minHeight: 36, paddingBlock: 6 },
  label: { whiteSpace: 'normal' as const, textAlign: 'center' as const },
};

/** Who is signed in, for which shelter, and where their role can go from here. */
export function HomePage() {
  const t = useT();
  const user = useSessionStore((s) => s.user);
  const settings = useSessionStore((s) => s.settings);
  const canEditSettings = useCan('settings.update');
  // A counsellor's or social worker's Home starts with her residents; the shelter's name is in the header.
  const hasOwnResidents = useCan('home.myResidents');
  const links = useNavItems().filter((i) => i.path !== '/');
  if (!user || !settings) return null;

  return (
    <Stack gap="lg" maw={960}>
      <div>
        <Title order={2}>{t('home.welcome', { name: user.fullName })}</Title>
        <Group gap="xs" mt={6}>
          <Badge variant="light" size="lg">
            {t(`roles.${user.role}`)}
          </Badge>
          <Text c="dimmed">{t('home.signedInAs', { username: user.username })}</Text>
        </Group>
      </div>

      {!hasOwnResidents && (
        <Card withBorder padding="lg">
          <Text size="sm" c="dimmed" tt="uppercase" fw={600}>
            {t('home.organisation')}
          </Text>
          <Text size="xl" fw={600}>
            {settings.organisationName}
          </Text>
          <Text>{t('home.siteCode', { code: settings.siteCode })}</Text>
        </Card>
      )}

      <MyResidentsCard />

      <RoleSections />

      {/* The short "what needs doing" cards side by side, so the page stays one screen tall. */}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <RiskFlagsCard />
        <PlanReviewsCard />
        <MissedTwiceCard />
        <StayLimitCard />
        {/* A social worker has the lists themselves in her visits card above. */}
        {user.role !== 'social_worker' && <VisitsOverdueCard />}
        {user.role !== 'social_worker' && <VisitsDueCard />}
      </SimpleGrid>

      <AccessCards />

      <BackupStatusCard />

      <KeysStatusNotes />

      <div>
        <Title order={3} size="h4" mb="sm">
          {t('home.whatYouCanDo')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
          {links.map((item) => (
            <Card key={item.path} withBorder padding="lg">
              <Stack gap="sm" h="100%" justify="space-between">
                <Group gap="sm" wrap="nowrap" align="flex-start">
                  <ThemeIcon variant="light" size="lg">
                    <item.icon size={20} aria-hidden />
                  </ThemeIcon>
                  <div>
                    <Text fw={600}>{t(item.label)}</Text>
                    <Text size="sm" c="dimmed">
                      {item.path === '/settings' && !canEditSettings ? t('home.links.settingsReadOnly') : t(item.description)}
                    </Text>
                  </div>
                </Group>
                <Button component={Link} to={item.path} variant="light" styles={WRAPPING_LABEL}>
                  {t(item.action)}
                </Button>
              </Stack>
            </Card>
          ))}
          <Card withBorder padding="lg">
            <Stack gap="sm" h="100%" justify="space-between">
              <Group gap="sm" wrap="nowrap" align="flex-start">
                <ThemeIcon variant="light" size="lg">
                  <IconKey size={20} aria-hidden />
                </ThemeIcon>
                <div>
                  <Text fw={600}>{t('changePassword.title')}</Text>
                  <Text size="sm" c="dimmed">
                    {t('home.links.password')}
                  </Text>
                </div>
              </Group>
              <Button component={Link} to="/account/password" variant="light" styles={WRAPPING_LABEL}>
                {t('changePassword.submit')}
              </Button>
            </Stack>
          </Card>
        </SimpleGrid>
      </div>

      <Group gap="xs" c="dimmed">
        <IconLock size={16} aria-hidden />
        <Text size="sm">{t('home.lockTip', { shortcut: LOCK_SHORTCUT_LABEL, minutes: settings.idleLockMinutes })}</Text>
      </Group>
    </Stack>
  );
}
