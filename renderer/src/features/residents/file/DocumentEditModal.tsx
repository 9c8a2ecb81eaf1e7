import { Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck } from '@tabler/icons-react';
import { useState } from 'react';
import type { DocumentKind } from '../../../../../shared/enums/documents';
import type { DocumentSummary } from '../../../../../shared/domain/resident-documents';
import { call } from '../../../api/client';
import { DialogFormActions } from '../../../components/DialogFormActions';
import { fieldMessage, type FieldErrors } from '../../../forms/field-errors';
import { useSubmission } from '../../../forms/useSubmission';
import { useT } from '../../../i18n/useT';
import { DocumentDetailsFields } from './DocumentDetailsFields';

/** Corrects a document's title and kind; the file itself stays as attached. */
export function DocumentEditModal({
  document: doc,
  onClose,
  onSaved,
}: {
  document: DocumentSummary | null;
  onClose: () => void;
  onSaved: (updated: DocumentSummary) => void;
}) {
  const t = useT();
  const [values, setValues] = useState({ kind: '', title: '' });
  const [openedFor, setOpenedFor] = useState<string | null>(null);
  const form = useSubmission();

  // A fresh form each time the dialog opens on a document.
  if (doc && openedFor !== doc.id) {
    setOpenedFor(doc.id);
    setValues({ kind: doc.kind, title: doc.title });
    form.reset();
  }

  const close = () => {
    setOpenedFor(null);
    onClose();
  };

  const check = (): FieldErrors => ({
    ...(values.title.trim() ? {} : { title: fieldMessage(t, 'required') }),
    ...(values.kind ? {} : { kind: fieldMessage(t, 'required') }),
  });

  const send = async () => {
    if (!doc) return;
    const updated = await call('residents.documents.update', { id: doc.id, kind: values.kind as DocumentKind, title: values.title });
    notifications.show({ color: 'green', icon: <IconCheck size={18} />, message: t('residentScreens.documents.saved') });
    setOpenedFor(null);
    onSaved(updated);
  };

  const set = (field: 'kind' | 'title', value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    form.clearFieldError(field);
  };

  return (
    <Modal opened={doc !== null} onClose={close} title={t('residentScreens.documents.editTitle')}>
      <form onSubmit={form.onSubmit(check, send)} noValidate>
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {doc?.originalName}
          </Text>
          <DocumentDetailsFields values={values} errors={form.errors} onChange={set} />
          <DialogFormActions error={form.error} busy={form.busy} submitLabel={t('residentScreens.documents.save')} onCancel={close} />
        </Stack>
      </form>
    </Modal>
  );
}
