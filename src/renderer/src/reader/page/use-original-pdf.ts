// The original PDF of an imported source, opened with pdf.js: fetched through `sources:original`
// (which checks its SHA-256 first), decoded and handed to pdf.js; destroyed when the document changes
// or the page view closes, so one PDF at a time is held.
import { useEffect, useState } from 'react';
import { api } from '../../api/client.ts';
import { describeError } from '../../app/status.ts';
import { decodeBase64 } from './base64.ts';
import type { PDFDocumentProxy } from './pdfjs.ts';

export type OriginalPdf =
  | { status: 'loading' }
  | { status: 'ready'; pdf: PDFDocumentProxy }
  /** The stored original is gone or changed: the reader falls back to the text. */
  | { status: 'unavailable'; reason: 'missing' | 'changed'; fileName: string }
  | { status: 'error'; message: string };

export function useOriginalPdf(docId: string): OriginalPdf {
  const [state, setState] = useState<OriginalPdf>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    let destroy: (() => Promise<void>) | null = null;
    setState({ status: 'loading' });
    (async () => {
      const [original, pdfjs] = await Promise.all([api.getOriginal({ docId }), import('./pdfjs.ts')]);
      if (!live) return;
      if (original.status !== 'ok') {
        setState({ status: 'unavailable', reason: original.status, fileName: original.fileName });
        return;
      }
      const opening = pdfjs.openPdf(decodeBase64(original.base64));
      destroy = () => opening.destroy();
      const pdf = await opening.promise;
      if (live) setState({ status: 'ready', pdf });
    })().catch((error: unknown) => {
      if (live) setState({ status: 'error', message: describeError(error) });
    });
    return () => {
      live = false;
      void destroy?.();
    };
  }, [docId]);
  return state;
}
