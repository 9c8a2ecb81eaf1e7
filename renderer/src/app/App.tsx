import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { useEffect, useMemo } from 'react';
import { setNotSignedInHandler } from '../api/client';
import { getBridge } from '../api/bridge';
import { forgetSession, lockNow } from '../features/lock/lock';
import { useDocumentLanguage, useT } from '../i18n/useT';
import { useSessionStore } from '../stores/session';
import { Gate } from './Gate';
import { readStyleNonce, shareNonceWithScrollLock } from './style-nonce';
import { themeFor } from './theme';
import { NAV_WIDTH } from '../features/layout/AppLayout';
import { useDialogFocusReturn } from '../a11y/dialog-focus-return';
import { useNotificationKeys } from '../a11y/notification-keys';

const nonce = readStyleNonce();
shareNonceWithScrollLock(nonce);
// Without a host-provided nonce (a plain dev server) Mantine adds none.
const nonceProps = nonce ? { getStyleNonce: () => nonce } : {};

export function App() {
  useDocumentLanguage();
  useDialogFocusReturn();
  useNotificationKeys();
  const t = useT();
  const theme = useMemo(() => themeFor(t), [t]);
  const signedIn = useSessionStore((s) => s.user !== null);

  useEffect(() => {
    // Core locked by itself (idle limit, OS lock, another window): drop everything shown.
    setNotSignedInHandler(() => forgetSession('unknown'));
    const off = getBridge()?.on('session.locked', (e) => forgetSession(e.reason));
    // The system is locking or sleeping: save drafts and lock before core does it anyway.
    const offRequest = getBridge()?.on('session.lockRequested', (e) => void lockNow(e.reason));
    void useSessionStore.getState().boot();
    return () => {
      setNotSignedInHandler(null);
      off?.();
      offRequest?.();
    };
  }, []);

  return (
    <MantineProvider theme={theme} defaultColorScheme="light" forceColorScheme="light" {...nonceProps}>
      {/* Signed in: bottom left, no wider than the navigation column, whose lower part is empty:
          never over a table, a form's buttons or the header's Lock button. Without the column
          (sign-in, setup, first run) there is nothing to sit in: top centre, above the form.
          Two at most; the rest wait. */}
      {signedIn ? (
        <Notifications position="bottom-left" limit={2} containerWidth={NAV_WIDTH - 32} />
      ) : (
        <Notifications position="top-center" limit={2} />
      )}
      <Gate />
    </MantineProvider>
  );
}
