import { Button, Center, Group, Loader, Stack, Text } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { getDocument, GlobalWorkerOptions, type PDFDocumentProxy } from 'pdfjs-dist';
// Bundled by Vite as a file of our own origin: the CSP's script-src 'self' covers the worker.
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { useEffect, useRef, useState } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ApiError } from '../../../api/api-error';
import { useT } from '../../../i18n/useT';

GlobalWorkerOptions.workerSrc = workerUrl;

interface Props {
  data: Uint8Array<ArrayBuffer>;
  title: string;
}

/**
 * A PDF drawn page by page onto a canvas with pdf.js. Loaded only when a PDF is opened,
 * so the first screen's bundle does not carry it. No eval (the CSP forbids it), no
 * scripts, forms or links from the file, no network (fonts: embedded ones, else installed ones).
 */
export default function PdfPages({ data, title }: Props) {
  const t = useT();
  const canvas = useRef<HTMLCanvasElement>(null);
  const [pdf, setPdf] = useState<PDFDocumentProxy | null>(null);
  const [page, setPage] = useState(1);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    // pdf.js takes the buffer over to its worker: give it a copy, keep ours for re-opening.
    const task = getDocument({
      data: data.slice(),
      isEvalSupported: false,
      enableXfa: false,
      stopAtErrors: false,
    });
    let live = true;
    task.promise.then(
      (doc) => {
        if (live) setPdf(doc);
      },
      () => {
        if (live) setFailed(true);
      },
    );
    return () => {
      live = false;
      void task.destroy();
    };
  }, [data]);

  useEffect(() => {
    if (!pdf || !canvas.current) return;
    let cancelled = false;
    let render: { cancel(): void; promise: Promise<void> } | null = null;
    void pdf.getPage(page).then((p) => {
      if (cancelled || !canvas.current) return;
      const ratio = window.devicePixelRatio || 1;
      const viewport = p.getViewport({ scale: 1.4 * ratio });
      const el = canvas.current;
      el.width = Math.floor(viewport.width);
      el.height = Math.floor(viewport.height);
      el.style.width = `${Math.floor(viewport.width / ratio)}px`;
      render = p.render({ canvas: el, viewport });
      render.promise.catch(() => {
        // A cancelled render (page turned quickly) is not a failure.
      });
    });
    return () => {
      cancelled = true;
      render?.cancel();
    };
  }, [pdf, page]);

  if (failed) return <ErrorAlert error={new ApiError({ code: 'INTERNAL', message: 'pdf' })} message={t('documents.viewer.failed')} />;
  if (!pdf)
    return (
      <Center py="xl">
        <Loader aria-label={t('documents.viewer.loading')} />
      </Center>
    );

  const pages = pdf.numPages;
  return (
    <Stack gap="sm" align="center">
      <Group gap="sm">
        <Button
          variant="default"
          leftSection={<IconChevronLeft size={16} aria-hidden />}
          disabled={page <= 1}
          onClick={() => setPage((n) => Math.max(1, n - 1))}
        >
          {t('documents.viewer.previous')}
        </Button>
        <Text aria-live="polite" data-testid="pdf-page">
          {t('documents.viewer.page', { page, pages })}
        </Text>
        <Button
          variant="default"
          rightSection={<IconChevronRight size={16} aria-hidden />}
          disabled={page >= pages}
          onClick={() => setPage((n) => Math.min(pages, n + 1))}
        >
          {t('documents.viewer.next')}
        </Button>
      </Group>
      <canvas
        ref={canvas}
        role="img"
        aria-label={t('documents.viewer.pdfLabel', { title, page, pages })}
        style={{ maxWidth: '100%', border: '1px solid var(--mantine-color-gray-4)', background: 'white' }}
      />
    </Stack>
  );
}
