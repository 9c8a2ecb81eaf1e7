import { Paper, SimpleGrid, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useT } from '../../../i18n/useT';

export interface Fact {
  label: string;
  /** Empty (undefined, null, '') shows as "Not recorded", quietly. */
  value: ReactNode;
}

/** Label-over-value pairs for reading a part of the file; a definition list for screen readers. */
export function FactList({ facts, cols = 2 }: { facts: Fact[]; cols?: number }) {
  const t = useT();
  return (
    <SimpleGrid component="dl" cols={{ base: 1, sm: cols }} spacing="md" verticalSpacing="sm" m={0}>
      {facts.map((f) => {
        const empty = f.value === undefined || f.value === null || f.value === '';
        return (
          <div key={f.label}>
            <Text component="dt" size="xs" c="dimmed" tt="uppercase" fw={600}>
              {f.label}
            </Text>
            <Text
              component="dd"
              m={0}
              c={empty ? 'dimmed' : undefined}
              fs={empty ? 'italic' : undefined}
              style={{ whiteSpace: 'pre-wrap' }}
            >
              {empty ? t('residentFile.notRecorded') : f.value}
            </Text>
          </div>
        );
      })}
    </SimpleGrid>
  );
}

/** A titled part of the file read as facts, such as the Identity tab's sections. */
export function FactSection({ title, facts, cols }: { title: string; facts: Fact[]; cols?: number }) {
  return (
    <Paper withBorder p="md">
      <Title order={3} size="h5" mb="sm">
        {title}
      </Title>
      <FactList facts={facts} cols={cols} />
    </Paper>
  );
}
