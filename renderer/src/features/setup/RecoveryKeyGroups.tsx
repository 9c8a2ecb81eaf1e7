import { Box, SimpleGrid, Text } from '@mantine/core';
import { useT } from '../../i18n/useT';
import classes from './recovery-key.module.css';

/**
 * Each group carries its number: the next step asks for groups by number, and
 * someone copying by hand must be able to find "group 4" on paper.
 */
export function RecoveryKeyGroups({ recoveryKey }: { recoveryKey: string }) {
  const t = useT();
  const groups = recoveryKey.split('-');
  return (
    <SimpleGrid cols={3} spacing="sm" component="ol" className={classes.groups} aria-label={t('setup.recovery.keyLabel')}>
      {groups.map((g, i) => (
        <Box component="li" key={i} className={classes.group}>
          <Text component="span" size="xs" c="dimmed" className={classes.number}>
            {t('setup.recovery.groupNumber', { n: i + 1 })}
          </Text>
          <Text component="span" className={classes.chars} data-testid="recovery-group">
            {g}
          </Text>
        </Box>
      ))}
    </SimpleGrid>
  );
}
