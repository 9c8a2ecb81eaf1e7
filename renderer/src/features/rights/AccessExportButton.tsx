import { Button, Modal, Select, Stack, Text } from '@mantine/core';
import { IconFileExport } from '@tabler/icons-react';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { ResidentFile } from '../../../../shared/domain/resident';
import { SUPPORTED_LOCALES, type Locale } from '../../../../shared/domain/settings';
import { toApiError, type ApiError } from '../../api/api-error';
import { call } from '../../api/client';
import { chooseDialog } from '../../api/dialogs';
import { DialogFormActions } from '../../components/DialogFormActions';
import { useLocaleStore } from '../../i18n/locale-store';
import { useT } from '../../i18n/useT';

const LANGUAGE_NAMES: Record<Locale, string> = { en: 'English', fr: 'Français', rw: 'Ikinyarwanda' };

/** Her language for the PDF: the first she speaks that the app writes, else the screen's. */
function herLocale(file: ResidentFile, fallback: Locale): Locale {
  return file.identity.languages.find((l): l is Locale => (SUPPORTED_LOCALES as readonly string[]).includes(l)) ?? fallback;
}

/** Everything held about her, into a folder the person chooses (the right of access). */
export function AccessExportButton({ file }: { file: ResidentFile }) {
  const t = useT();
  const uiLocale = useLocaleStore((s) => s.locale);
  const [open, setOpen] = useState(false);
  const [locale, setLocale] = useState<Locale>(() => herLocale(file, uiLocale));
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setError(null);
    setBusy(true);
    try {
      const chosen = await chooseDialog({ kind: 'accessExportFolder', title: t('rights.export.dialogTitle') });
      if (!chosen) return;
      const r = await call('residents.accessExport', { residentId: file.id, folderToken: chosen.token, locale });
      notifications.show({ color: 'green', message: t('rights.export.saved', { folder: r.folderName, files: r.files }) });
      setOpen(false);
    } catch (e) {
      setError(toApiError(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button variant="default" leftSection={<IconFileExport size={18} aria-hidden />} onClick={() => setOpen(true)}>
        {t('rights.export.button')}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('rights.export.button')} size="lg">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void run();
          }}
        >
          <Stack gap="md">
            <Text size="sm">{t('rights.export.intro')}</Text>
            <Text size="sm" c="dimmed">
              {t('rights.export.counsellingNote')}
            </Text>
            <Select
              label={t('rights.export.language')}
              data={SUPPORTED_LOCALES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))}
              value={locale}
              onChange={(v) => v && setLocale(v as Locale)}
              allowDeselect={false}
              w={240}
            />
            <DialogFormActions error={error} onCancel={() => setOpen(false)} submitLabel={t('rights.export.choose')} busy={busy} />
          </Stack>
        </form>
      </Modal>
    </>
  );
}
