import { Button } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import type { PrintJob } from '../../../shared/contract/print';
import { toApiError, type ApiError } from '../api/api-error';
import { printPdf } from '../api/print-pdf';
import { useT } from '../i18n/useT';

/**
 * "Print" next to a PDF's Save button: core makes the PDF and main opens the system
 * print dialog with it. A refusal goes to `onError`, shown where the Save button's is.
 */
export function PrintButton({
  make,
  label,
  onError,
  describedBy,
  size = 'xs',
}: {
  make: () => Promise<PrintJob>;
  /** The accessible name: which PDF this prints. */
  label: string;
  onError: (error: ApiError | null) => void;
  describedBy?: string | undefined;
  /** Matches the Save buttons beside it: small in a table row, the default size in a toolbar. */
  size?: 'xs' | 'sm';
}) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const print = async () => {
    onError(null);
    setBusy(true);
    try {
      await printPdf(make, (size) => t('printing.handedOver', { size }));
    } catch (e) {
      onError(toApiError(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button
      size={size}
      variant="default"
      leftSection={<IconPrinter size={size === 'xs' ? 14 : 16} aria-hidden />}
      aria-label={label}
      aria-describedby={describedBy}
      loading={busy}
      onClick={() => void print()}
    >
      {t('printing.button')}
    </Button>
  );
}
