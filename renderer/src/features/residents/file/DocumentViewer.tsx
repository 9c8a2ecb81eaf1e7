import { Center, Loader, Modal, Stack, Text } from '@mantine/core';
import { lazy, Suspense, useEffect, useState } from 'react';
import type { DocumentContent, DocumentSummary } from '../../../../../shared/domain/resident-documents';
import { toApiError, type ApiError } from '../../../api/api-error';
import { call } from '../../../api/client';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useT } from '../../../i18n/useT';
import { base64ToBytes } from './document-files';

// pdf.js is large: it is fetched the first time someone opens a PDF, never with the first screen.
const PdfPages = lazy(() => import('./PdfPages'));

interface Props {
  document: DocumentSummary | null;
  onClose: () => void;
}

/** Pictures as a blob: URL (revoked on close), PDFs through pdf.js. Opening one is audited by core. */
export function DocumentViewer({ document: doc, onClose }: Props) {
  const t = useT();
  const [content, setContent] = useState<{ doc: DocumentContent; bytes: Uint8Array<ArrayBuffer> } | null>(null);
  const [imageUrl, setImageUrl] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const id = doc?.id;

  useEffect(() => {
    if (!id) return;
    let live = true;
    let url: string | null = null;
    call('residents.documents.get', { id }).then(
      (got) => {
        if (!live) return;
        const bytes = base64ToBytes(got.contentBase64);
        if (got.mediaType !== 'application/pdf') {
          url = URL.createObjectURL(new Blob([bytes], { type: got.mediaType }));
          setImageUrl(url);
        }
        setContent({ doc: got, bytes });
      },
      (e: unknown) => {
        if (live) setError(toApiError(e));
      },
    );
    return () => {
      live = false;
      // The picture must not outlive the viewer: drop the URL and what we held.
      if (url) URL.revokeObjectURL(url);
      setImageUrl(null);
      setContent(null);
      setError(null);
    };
  }, [id]);

  const loading = (
    <Center py="xl">
      <Loader aria-label={t('documents.viewer.loading')} />
    </Center>
  );

  return (
    <Modal
      opened={doc !== null}
      onClose={onClose}
      title={doc?.title ?? ''}
      size="xl"
      closeButtonProps={{ 'aria-label': t('documents.viewer.close') }}
    >
      {error ? (
        <ErrorAlert error={error} />
      ) : !content || !doc ? (
        loading
      ) : content.doc.mediaType === 'application/pdf' ? (
        <Suspense fallback={loading}>
          <PdfPages data={content.bytes} title={doc.title} />
        </Suspense>
      ) : imageUrl ? (
        <Stack gap="xs" align="center">
          <img src={imageUrl} alt={t('documents.viewer.imageAlt', { title: doc.title })} style={{ maxWidth: '100%', maxHeight: '70vh' }} />
          <Text size="xs" c="dimmed">
            {doc.originalName}
          </Text>
        </Stack>
      ) : (
        loading
      )}
    </Modal>
  );
}
