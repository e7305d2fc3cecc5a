// pdf.js's module and its two workers start while the app is idle once the documents include an
// imported PDF, so the first "Open on page" does not wait for ~2 MB of script to load and compile
// (hundreds of ms on a loaded machine). A project without imported PDFs never loads pdf.js.
import { useEffect } from 'react';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { queryKeys } from '../../app/store/query-client.ts';

export function usePdfWarmUp(): void {
  // Watches the documents the matrix and reader load; never asks for them itself (startup stays as it is).
  const docs = useQuery({ queryKey: queryKeys.documents, queryFn: () => api.listDocuments(), enabled: false }).data;
  const hasPages = docs?.some((d) => d.source?.format === 'pdf' && (d.source.pageSizes?.length ?? 0) > 0) ?? false;
  useEffect(() => {
    if (!hasPages) return;
    const start = () => void import('./pdfjs.ts').then((m) => m.startWorkers(), () => undefined);
    if (typeof requestIdleCallback !== 'function') {
      const id = setTimeout(start, 1000);
      return () => clearTimeout(id);
    }
    const id = requestIdleCallback(start, { timeout: 3000 });
    return () => cancelIdleCallback(id);
  }, [hasPages]);
}
