import { Center, Loader } from '@mantine/core';
import { useT } from '../i18n/useT';

export function PageLoader() {
  const t = useT();
  return (
    <Center py="xl">
      <Loader aria-label={t('common.loading')} />
    </Center>
  );
}
