import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import { setNotSignedInHandler } from '../api/client';
import { getBridge } from '../api/bridge';
import { forgetSession, lockNow } from '../features/lock/lock';
import { useDocumentLanguage } from '../i18n/useT';
import { useSessionStore } from '../stores/session';
import { Gate } from './Gate';
import { readStyleNonce, shareNonceWithScrollLock } from './style-nonce';
import { theme } from './theme';

const nonce = readStyleNonce();
shareNonceWithScrollLock(nonce);
// Without a host-provided nonce (a plain dev server) Mantine adds none.
const nonceProps = nonce ? { getStyleNonce: () => nonce } : {};

export function App() {
  useDocumentLanguage();

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
      {/* Bottom right: never over the header, where the Lock button is. */}
      <Notifications position="bottom-right" limit={3} />
      <Gate />
    </MantineProvider>
  );
}
