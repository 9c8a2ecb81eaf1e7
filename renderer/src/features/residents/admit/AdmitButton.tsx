import { Button } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useT } from '../../../i18n/useT';
import { useCan } from '../../../permissions/can';

/** The residents list's way into the admission wizard, for the roles core lets admit. */
export function AdmitButton() {
  const t = useT();
  const canAdmit = useCan('residents.admit');
  if (!canAdmit) return null;
  return (
    <Button component={Link} to="/residents/new" leftSection={<IconUserPlus size={18} aria-hidden />} ml="auto" mb={4}>
      {t('admit.open')}
    </Button>
  );
}
