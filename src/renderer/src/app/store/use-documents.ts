// The two source papers, for the short titles shown with each quote. Loaded once per session: the
// corpus does not change while the app runs.
import { useEffect, useState } from 'react';
import type { DocumentSummary, Lang } from '../../../../shared/types.ts';
import { api } from '../../api/client.ts';

let cache: Promise<DocumentSummary[]> | null = null;

function load(): Promise<DocumentSummary[]> {
  cache ??= api.listDocuments().catch((error: unknown) => {
    cache = null; // let the next caller try again
    throw error;
  });
  return cache;
}

/** After a source was imported or removed: the next caller loads the list again. */
export function invalidateDocuments(): void {
  cache = null;
}

export function useDocuments(): Map<string, DocumentSummary> {
  const [docs, setDocs] = useState<Map<string, DocumentSummary>>(new Map());
  useEffect(() => {
    let live = true;
    load()
      .then((list) => live && setDocs(new Map(list.map((d) => [d.id, d]))))
      // Without the list a quote still shows its document ID.
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  return docs;
}

/** "Authors, title" in the wanted language, falling back to the other and finally to the ID. */
export function shortTitle(doc: DocumentSummary | undefined, docId: string, lang: Lang): { label: string; full: string } {
  if (!doc) return { label: docId, full: docId };
  const other: Lang = lang === 'zh' ? 'en' : 'zh';
  const names = doc.authors.map((a) => a[lang] ?? a[other]).filter((n): n is string => !!n);
  const title = doc.title[lang] ?? doc.title[other] ?? docId;
  const who = names.length > 2 ? `${names[0]} et al.` : names.join(lang === 'zh' ? '、' : ' & ');
  const label = who ? `${who}${lang === 'zh' ? '：' : ': '}${title}` : title;
  const full = [label, doc.venue, doc.year].filter(Boolean).join(', ');
  return { label, full };
}
