import { NativeSelect, Text } from '@mantine/core';
import { ROLES, type Role } from '../../../../shared/roles';
import { useT } from '../../i18n/useT';

export function RoleSelect({ value, onChange, error }: { value: Role; onChange: (role: Role) => void; error?: string }) {
  const t = useT();
  return (
    <div>
      <NativeSelect
        label={t('staff.fields.role')}
        value={value}
        onChange={(e) => onChange(e.currentTarget.value as Role)}
        data={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
        error={error}
        required
      />
      <Text size="sm" c="dimmed" mt={4}>
        {t(`staff.roleHelp.${value}`)}
      </Text>
    </div>
  );
}
