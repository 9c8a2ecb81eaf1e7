import { Group, ThemeIcon, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * The heading row of a Home card: a tinted icon whose colour says how urgent the card is,
 * and the title the card's section is labelled by (`id`).
 */
export function HomeCardTitle({
  id,
  icon,
  color,
  title,
  children,
}: {
  id: string;
  icon: ReactNode;
  color: string;
  title: string;
  children?: ReactNode;
}) {
  return (
    <Group gap="sm" wrap="nowrap">
      <ThemeIcon variant="light" size="lg" color={color}>
        {icon}
      </ThemeIcon>
      <div>
        <Title order={3} size="h4" id={id}>
          {title}
        </Title>
        {children}
      </div>
    </Group>
  );
}
