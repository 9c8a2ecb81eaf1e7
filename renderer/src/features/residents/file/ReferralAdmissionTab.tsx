import { Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { ResidentFile } from '../../../../../shared/domain/resident';
import { useFormatDate } from '../../../i18n/format';
import { useT } from '../../../i18n/useT';
import { daysBetween } from './file-facts';
import { FactList } from './FactList';
import { useShelterToday } from '../admit/today';
import { useCanOnFile } from './useCanOnFile';
import { ReferralInDialog } from './ReferralInDialog';

/**
 * Each stay in the shelter with how the person came (referral in) and how she left, newest
 * first, then every bed she slept in; referrals out to other services follow.
 */
export function ReferralAdmissionTab({ file, referralsOut }: { file: ResidentFile; referralsOut?: React.ReactNode }) {
  const t = useT();
  const formatDate = useFormatDate();
  const today = useShelterToday();
  const stays = [...file.stays].reverse();
  const canEdit = useCanOnFile('residents.referralIn.save');
  const [editing, setEditing] = useState<{ stayId: string; n: number } | null>(null);

  return (
    <Stack gap="md" maw={960}>
      {stays.map((stay, index) => {
        const number = file.stays.length - index;
        const referral = file.referrals.find((r) => r.stayId === stay.id);
        const days = daysBetween(stay.admittedOn, stay.dischargedOn ?? today);
        return (
          <Paper key={stay.id} withBorder p="md" component="section" aria-label={t('residentFile.referral.stayLabel', { n: number })}>
            <Group justify="space-between" mb="sm">
              <Title order={3} size="h5">
                {t('residentFile.referral.stayTitle', { n: number })}
              </Title>
              {stay.dischargedOn ? (
                <Badge variant="outline" color="gray" tt="none">
                  {t('residentFile.referral.closed')}
                </Badge>
              ) : (
                <Badge variant="light" color="teal" tt="none">
                  {t('residentFile.referral.current')}
                </Badge>
              )}
            </Group>
            <Stack gap="md">
              <FactList
                cols={3}
                facts={[
                  { label: t('residentFile.facts.admittedOn'), value: formatDate(stay.admittedOn) },
                  { label: t('residentFile.referral.length'), value: t('residentFile.referral.days', { days }) },
                  // A stay still open has nothing to say about leaving.
                  ...(stay.dischargedOn
                    ? [
                        { label: t('residentFile.facts.dischargedOn'), value: formatDate(stay.dischargedOn) },
                        {
                          label: t('residentFile.referral.destination'),
                          value: stay.dischargeDestination && t(`residentEnums.dischargeDestination.${stay.dischargeDestination}`),
                        },
                        { label: t('residentFile.referral.reason'), value: stay.dischargeReason },
                      ]
                    : []),
                ]}
              />
              <div>
                <Group justify="space-between" mb={6}>
                  <Text fw={600}>{t('residentFile.referral.referralIn')}</Text>
                  {canEdit && (
                    <Button size="xs" variant="light" onClick={() => setEditing({ stayId: stay.id, n: number })}>
                      {referral ? t('residentFile.referral.edit') : t('residentFile.referral.add')}
                    </Button>
                  )}
                </Group>
                {referral ? (
                  <FactList
                    cols={3}
                    facts={[
                      { label: t('residentFile.referral.sourceType'), value: t(`residentEnums.referralSourceType.${referral.sourceType}`) },
                      { label: t('residentFile.referral.organisation'), value: referral.organisationName },
                      { label: t('residentFile.referral.officer'), value: referral.referringOfficer },
                      { label: t('residentFile.referral.referredOn'), value: referral.referredOn && formatDate(referral.referredOn) },
                      { label: t('residentFile.referral.caseReference'), value: referral.caseReference },
                    ]}
                  />
                ) : (
                  <Text c="dimmed" fs="italic">
                    {t('residentFile.referral.noReferral')}
                  </Text>
                )}
              </div>
            </Stack>
          </Paper>
        );
      })}

      <Paper withBorder p="md" component="section" aria-label={t('residentFile.referral.bedsTitle')}>
        <Title order={3} size="h5" mb="sm">
          {t('residentFile.referral.bedsTitle')}
        </Title>
        {file.beds.length === 0 ? (
          <Text c="dimmed" fs="italic">
            {t('residentFile.referral.noBeds')}
          </Text>
        ) : (
          <Table striped withTableBorder={false} maw={640}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('residentFile.referral.room')}</Table.Th>
                <Table.Th>{t('residentFile.referral.bed')}</Table.Th>
                <Table.Th>{t('residentFile.referral.from')}</Table.Th>
                <Table.Th>{t('residentFile.referral.to')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {file.beds.map((b) => (
                <Table.Tr key={`${b.bedId}-${b.from}`}>
                  <Table.Td>{b.roomName}</Table.Td>
                  <Table.Td>{b.bedLabel}</Table.Td>
                  <Table.Td>{formatDate(b.from)}</Table.Td>
                  <Table.Td>{b.to ? formatDate(b.to) : t('residentFile.referral.tonight')}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
      {referralsOut}
      {editing && (
        <ReferralInDialog
          file={file}
          stayId={editing.stayId}
          stayNumber={editing.n}
          current={file.referrals.find((r) => r.stayId === editing.stayId)}
          onClose={() => setEditing(null)}
        />
      )}
    </Stack>
  );
}
