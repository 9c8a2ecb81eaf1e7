import { Button, Center, Stack, Text, Title } from '@mantine/core';
import { PageLoader } from '../components/PageLoader';
import { SetupWizard } from '../features/setup/SetupWizard';
import { SignInScreen } from '../features/sign-in/SignInScreen';
import { RecoverScreen } from '../features/sign-in/RecoverScreen';
import { ForcedChangePasswordScreen } from '../features/password/ForcedChangePasswordScreen';
import { SessionGuards } from '../features/lock/SessionGuards';
import { useT } from '../i18n/useT';
import { useSessionStore } from '../stores/session';
import { AppRoutes } from './routes';

function Unavailable() {
  const t = useT();
  const code = useSessionStore((s) => s.startupError);
  return (
    <Center mih="100vh" p="xl">
      <Stack maw={520} role="alert">
        <Title order={1} size="h2">
          {t('startup.title')}
        </Title>
        <Text>{code ? t(`errors.${code}`, { seconds: 0, min: 0 }) : t('errors.INTERNAL')}</Text>
        <Button onClick={() => void useSessionStore.getState().boot()} w="fit-content">
          {t('common.tryAgain')}
        </Button>
      </Stack>
    </Center>
  );
}

/** One whole-window screen at a time; nothing from the app stays mounted once locked. */
export function Gate() {
  const phase = useSessionStore((s) => s.phase);
  const authView = useSessionStore((s) => s.authView);
  const mustChange = useSessionStore((s) => s.user?.mustChangePassword ?? false);

  switch (phase) {
    case 'loading':
      return <PageLoader />;
    case 'unavailable':
      return <Unavailable />;
    case 'setup':
      return <SetupWizard />;
    case 'signIn':
      return authView === 'recover' ? <RecoverScreen /> : <SignInScreen />;
    case 'app':
      return (
        <>
          <SessionGuards />
          {mustChange ? <ForcedChangePasswordScreen /> : <AppRoutes />}
        </>
      );
  }
}
