import { Alert, Button, FileInput, Group, Modal, SimpleGrid, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconCheck, IconEye, IconFileExport, IconPaperclip, IconPencil, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { DOCUMENT_KINDS, DOCUMENT_MAX_BYTES, DOCUMENT_MEDIA_TYPES } from '../../../../../shared/enums/documents';
import type { DocumentSummary } from '../../../../../shared/domain/resident-documents';
import { hasKey, type MessageKey } from '../../../../../shared/i18n/translate';
import { chooseDialog } from '../../../api/dialogs';
import { toApiError, type ApiError } from '../../../api/api-error';
import { call } from '../../../api/client';
import { DialogFormActions } from '../../../components/DialogFormActions';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { errorMessage } from '../../../components/error-message';
import { PageLoader } from '../../../components/PageLoader';
import { useDraft } from '../../../drafts/useDraft';
import { fieldMessage, type FieldErrors } from '../../../forms/field-errors';
import { useSubmission } from '../../../forms/useSubmission';
import { useFormatDateTime } from '../../../i18n/format';
import { INTL_LOCALE, useLocaleStore } from '../../../i18n/locale-store';
import { useT, type TFunction } from '../../../i18n/useT';
import { useCanOnFile } from './useCanOnFile';
import { exportFileName, formatBytes, readFileAsBase64 } from './document-files';
import { DocumentDetailsFields } from './DocumentDetailsFields';
import { DocumentEditModal } from './DocumentEditModal';
import { DocumentViewer } from './DocumentViewer';
import { RecordFormPanel } from './RecordFormPanel';
import { useChannelData } from './useChannelData';

const ACCEPT = [...DOCUMENT_MEDIA_TYPES, '.pdf', '.jpg', '.jpeg', '.png'].join(',');

const documentsDraftKey = (residentId: string) => `residentFile.documents.${residentId}`;

/** Our own field codes first (documents.validation.*), then the shared ones. */
function docFieldMessage(t: TFunction, code: string): string {
  const own = `documents.validation.${code}`;
  return hasKey(own) ? t(own as MessageKey) : fieldMessage(t, code);
}

/**
 * Where core's refusal belongs on this form: anything about the bytes (size, type,
 * encoding) or the file name goes next to the file field.
 */
function refusalFields(t: TFunction, error: ApiError): FieldErrors {
  if (error.code.startsWith('DOCUMENT_')) return { file: errorMessage(t, error) };
  const out: FieldErrors = {};
  for (const f of error.fields) {
    const field = f.path === 'contentBase64' || f.path === 'originalName' ? 'file' : f.path;
    out[field] ??= docFieldMessage(t, f.code);
  }
  return out;
}

/** A resident's scans and photos: list, attach, view, export (audited), and removal by a manager. */
export function DocumentsTab({ residentId }: { residentId: string }) {
  const t = useT();
  const formatDateTime = useFormatDateTime();
  const locale = INTL_LOCALE[useLocaleStore((s) => s.locale)];
  const canList = useCanOnFile('residents.documents.list');
  const canAttach = useCanOnFile('residents.documents.attach');
  const canExport = useCanOnFile('residents.documents.export');
  const canRemove = useCanOnFile('residents.documents.remove');
  const canEdit = useCanOnFile('residents.documents.update');
  const list = useChannelData('residents.documents.list', { residentId });
  const [attaching, setAttaching] = useState(false);
  const [viewing, setViewing] = useState<DocumentSummary | null>(null);
  const [removing, setRemoving] = useState<DocumentSummary | null>(null);
  const [editing, setEditing] = useState<DocumentSummary | null>(null);
  const [actionError, setActionError] = useState<ApiError | null>(null);

  // Core refuses documents to roles outside the case (counsellor, reporting); say so plainly.
  if (!canList) return <Text c="dimmed">{t('common.notAvailable.title')}</Text>;
  if (list.error) return <ErrorAlert error={list.error} />;
  if (!list.data) return <PageLoader />;
  const documents = list.data;

  const exportDocument = async (d: DocumentSummary) => {
    setActionError(null);
    try {
      const chosen = await chooseDialog({
        kind: 'documentExport',
        title: t('documents.exportTitle'),
        suggestedName: exportFileName(d.originalName, d.mediaType),
      });
      if (!chosen) return;
      await call('residents.documents.export', { id: d.id, destinationToken: chosen.token });
      notifications.show({
        color: 'yellow',
        icon: <IconAlertTriangle size={18} />,
        autoClose: 12_000,
        message: t('documents.exported', { name: chosen.name }),
      });
    } catch (e) {
      setActionError(toApiError(e));
    }
  };

  return (
    <Stack gap="md" maw={1100}>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={3} size="h4">
            {t('documents.title')}
          </Title>
          <Text c="dimmed" size="sm">
            {t('documents.intro')}
          </Text>
        </Stack>
        {canAttach && !attaching && (
          <Button leftSection={<IconPaperclip size={16} aria-hidden />} onClick={() => setAttaching(true)}>
            {t('documents.attach')}
          </Button>
        )}
      </Group>

      {attaching && (
        <AttachForm
          residentId={residentId}
          onCancel={() => setAttaching(false)}
          onAttached={(d) => {
            setAttaching(false);
            list.set([d, ...documents]);
          }}
        />
      )}

      <ErrorAlert error={actionError} />

      {documents.length === 0 ? (
        <Text c="dimmed">{t('documents.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table striped highlightOnHover aria-label={t('documents.listLabel')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('documents.columns.title')}</Table.Th>
                <Table.Th>{t('documents.columns.kind')}</Table.Th>
                <Table.Th>{t('documents.columns.type')}</Table.Th>
                <Table.Th>{t('documents.columns.added')}</Table.Th>
                <Table.Th>{t('documents.columns.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {documents.map((d) => (
                <Table.Tr key={d.id}>
                  <Table.Td>
                    <Text fw={500}>{d.title}</Text>
                    <Text size="xs" c="dimmed">
                      {d.originalName}
                    </Text>
                  </Table.Td>
                  <Table.Td>{t(`documents.kind.${d.kind}`)}</Table.Td>
                  <Table.Td>
                    {t(`documents.mediaType.${d.mediaType}` as MessageKey)}, {formatBytes(d.byteSize, locale)}
                  </Table.Td>
                  <Table.Td>
                    {d.createdByName
                      ? t('documents.addedBy', { date: formatDateTime(d.createdAt), name: d.createdByName })
                      : formatDateTime(d.createdAt)}
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Button
                        size="xs"
                        variant="light"
                        leftSection={<IconEye size={14} aria-hidden />}
                        aria-label={t('documents.viewLabel', { title: d.title })}
                        onClick={() => setViewing(d)}
                      >
                        {t('documents.view')}
                      </Button>
                      {canEdit && (
                        <Button
                          size="xs"
                          variant="default"
                          leftSection={<IconPencil size={14} aria-hidden />}
                          aria-label={t('residentScreens.documents.editLabel', { title: d.title })}
                          onClick={() => setEditing(d)}
                        >
                          {t('residentScreens.documents.edit')}
                        </Button>
                      )}
                      {canExport && (
                        <Button
                          size="xs"
                          variant="default"
                          leftSection={<IconFileExport size={14} aria-hidden />}
                          aria-label={t('documents.exportLabel', { title: d.title })}
                          onClick={() => void exportDocument(d)}
                        >
                          {t('documents.export')}
                        </Button>
                      )}
                      {canRemove && (
                        <Button
                          size="xs"
                          variant="subtle"
                          color="red"
                          leftSection={<IconTrash size={14} aria-hidden />}
                          aria-label={t('documents.removeLabel', { title: d.title })}
                          onClick={() => setRemoving(d)}
                        >
                          {t('documents.remove')}
                        </Button>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}

      <DocumentViewer document={viewing} onClose={() => setViewing(null)} />
      <DocumentEditModal
        document={editing}
        onClose={() => setEditing(null)}
        onSaved={(updated) => {
          setEditing(null);
          list.set(documents.map((d) => (d.id === updated.id ? updated : d)));
        }}
      />
      <RemoveDocumentModal
        document={removing}
        onClose={() => setRemoving(null)}
        onRemoved={(id) => {
          setRemoving(null);
          list.set(documents.filter((d) => d.id !== id));
        }}
      />
    </Stack>
  );
}

interface AttachValues extends Record<string, unknown> {
  kind: string;
  title: string;
}

function AttachForm({
  residentId,
  onCancel,
  onAttached,
}: {
  residentId: string;
  onCancel: () => void;
  onAttached: (d: DocumentSummary) => void;
}) {
  const t = useT();
  const locale = INTL_LOCALE[useLocaleStore((s) => s.locale)];
  const [values, setValues] = useState<AttachValues>({ kind: '', title: '' });
  // The file itself is never part of a draft: only what was typed about it.
  const [file, setFile] = useState<File | null>(null);
  const form = useSubmission({
    onRefused: (error) => ({
      fields: refusalFields(t, error),
      alert: error.code === 'VALIDATION' || error.code.startsWith('DOCUMENT_') ? null : error,
    }),
  });
  const draft = useDraft(documentsDraftKey(residentId), values, {
    onRestore: (data) =>
      setValues((v) => ({
        kind: typeof data.kind === 'string' ? data.kind : v.kind,
        title: typeof data.title === 'string' ? data.title : v.title,
      })),
  });

  const set = (key: keyof AttachValues & string, value: string) => {
    setValues((v) => ({ ...v, [key]: value }));
    form.clearFieldError(key);
  };

  const check = (): FieldErrors => {
    const errors: FieldErrors = {};
    if (!values.kind) errors.kind = fieldMessage(t, 'required');
    if (!values.title.trim()) errors.title = fieldMessage(t, 'required');
    else if (values.title.trim().length > 120) errors.title = fieldMessage(t, 'tooLong', { max: 120 });
    if (!file) errors.file = t('documents.noFile');
    else if (file.size > DOCUMENT_MAX_BYTES) errors.file = t('errors.DOCUMENT_TOO_LARGE');
    else if (file.size === 0) errors.file = t('errors.DOCUMENT_TYPE_NOT_ALLOWED');
    return errors;
  };

  const send = async () => {
    let contentBase64: string;
    try {
      contentBase64 = await readFileAsBase64(file!);
    } catch {
      form.setErrors({ file: t('documents.readFailed') });
      return;
    }
    const attached = await call('residents.documents.attach', {
      residentId,
      kind: values.kind as (typeof DOCUMENT_KINDS)[number],
      title: values.title,
      originalName: file!.name,
      contentBase64,
    });
    await draft.discard();
    notifications.show({ color: 'green', icon: <IconCheck size={18} />, message: t('documents.attached') });
    onAttached(attached);
  };

  return (
    <RecordFormPanel
      title={t('documents.attachTitle')}
      titleOrder={4}
      draft={draft}
      restoredMessage={(time) => t('documents.restored', { time })}
      onSubmit={form.onSubmit(check, send)}
      error={form.error}
      busy={form.busy}
      submitLabel={t('documents.save')}
      onCancel={onCancel}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <DocumentDetailsFields values={values} errors={form.errors} onChange={set} focusKind />
      </SimpleGrid>
      <FileInput
        label={t('documents.fileLabel')}
        description={t('documents.fileHelp')}
        placeholder={t('documents.chooseFile')}
        accept={ACCEPT}
        value={file}
        onChange={(f) => {
          setFile(f);
          form.clearFieldError('file');
        }}
        valueComponent={({ value }) =>
          value && !Array.isArray(value) ? (
            <Text size="sm">{t('documents.fileChosen', { name: value.name, size: formatBytes(value.size, locale) })}</Text>
          ) : null
        }
        error={form.errors.file}
        clearable
        required
        withAsterisk={false}
      />
    </RecordFormPanel>
  );
}

function RemoveDocumentModal({
  document: doc,
  onClose,
  onRemoved,
}: {
  document: DocumentSummary | null;
  onClose: () => void;
  onRemoved: (id: string) => void;
}) {
  const t = useT();
  const [reason, setReason] = useState('');
  const form = useSubmission();

  const close = () => {
    setReason('');
    form.reset();
    onClose();
  };

  const check = (): FieldErrors => (reason.trim() ? {} : { reason: fieldMessage(t, 'required') });
  const send = async () => {
    if (!doc) return;
    await call('residents.documents.remove', { id: doc.id, reason });
    notifications.show({ color: 'green', icon: <IconCheck size={18} />, message: t('documents.removed') });
    setReason('');
    onRemoved(doc.id);
  };

  return (
    <Modal opened={doc !== null} onClose={close} title={t('documents.removeTitle')}>
      <form onSubmit={form.onSubmit(check, send)} noValidate>
        <Stack gap="md">
          <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />}>
            <Text fw={500}>{doc?.title}</Text>
            <Text size="sm">{t('documents.removeBody')}</Text>
          </Alert>
          <Textarea
            label={t('documents.removeReason')}
            description={t('documents.removeReasonHelp')}
            value={reason}
            onChange={(e) => {
              setReason(e.currentTarget.value);
              form.clearFieldError('reason');
            }}
            error={form.errors.reason}
            maxLength={500}
            autosize
            minRows={2}
            required
          />
          <DialogFormActions error={form.error} busy={form.busy} submitLabel={t('documents.removeConfirm')} onCancel={close} destructive />
        </Stack>
      </form>
    </Modal>
  );
}
