import { Button, Group, Stack, Text } from '@mantine/core';
import { IconFileTypePdf } from '@tabler/icons-react';
import { useState } from 'react';
import type { ReferralOut } from '../../../../../shared/domain/resident-referrals-out';
import { SHARING_CATEGORIES, type SharingCategory } from '../../../../../shared/enums/sharing';
import { toApiError, type ApiError } from '../../../api/api-error';
import { call } from '../../../api/client';
import { savePdfAs } from '../../../api/save-pdf';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PrintButton } from '../../../components/PrintButton';
import { useLocaleStore } from '../../../i18n/locale-store';
import { useT, type TFunction } from '../../../i18n/useT';

/**
 * Core names the categories her consent lacks (comma-separated codes in the field message);
 * the refusal says which in words, next to the button, so the worker knows what to record.
 */
function refusalText(t: TFunction, error: ApiError): string | null {
  if (error.code === 'PARTNER_NOT_FOUND') return t('referralSlip.noPartner');
  if (error.code !== 'CONSENT_REQUIRED') return null;
  const codes = (error.fields.find((f) => f.path === 'consent')?.message ?? '').split(',');
  const missing = codes.filter((c): c is SharingCategory => (SHARING_CATEGORIES as readonly string[]).includes(c));
  return t('referralSlip.missingConsent', { categories: missing.map((c) => t(`sharing.category.${c}`)).join(', ') });
}

/** Saves or prints the PDF slip for one referral out, or says why it cannot. */
export function ReferralSlipButton({ referral, organisation }: { referral: ReferralOut; organisation: string }) {
  const t = useT();
  const locale = useLocaleStore((s) => s.locale);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const refusal = error ? refusalText(t, error) : null;
  const refusalId = `slip-refusal-${referral.id}`;

  const save = async () => {
    setError(null);
    setBusy(true);
    try {
      await savePdfAs(
        { title: t('referralSlip.dialogTitle'), suggestedName: `referral-slip-${referral.referredOn}.pdf` },
        (destinationToken) => call('residents.reintegration.referralSlip', { referralOutId: referral.id, destinationToken, locale }),
        (size) => t('reintegration.slip.saved', { size }),
      );
    } catch (e) {
      setError(toApiError(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap={4} align="flex-start">
      <Group gap="xs">
        <Button
          size="xs"
          variant="default"
          leftSection={<IconFileTypePdf size={14} aria-hidden />}
          aria-label={t('referralSlip.buttonLabel', { organisation })}
          aria-describedby={refusal ? refusalId : undefined}
          loading={busy}
          onClick={() => void save()}
        >
          {t('reintegration.slip.button')}
        </Button>
        <PrintButton
          label={t('printing.slipLabel', { organisation })}
          describedBy={refusal ? refusalId : undefined}
          make={() => call('residents.reintegration.referralSlipPrint', { referralOutId: referral.id, locale })}
          onError={setError}
        />
      </Group>
      {refusal && (
        <Text id={refusalId} size="xs" c="red" role="alert" maw={260}>
          {refusal}
        </Text>
      )}
      {error && !refusal && <ErrorAlert error={error} />}
    </Stack>
  );
}
