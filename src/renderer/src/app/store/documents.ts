// The source documents, for the short titles shown with each quote and the reader's list. Loaded once
// per session into the store (the corpus does not change while the app runs); matrix and reader share
// the one request.
import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { DocumentSummary, Lang } from '../../../../shared/types.ts';
import { api } from '../../api/client.ts';
import { queryKeys } from './query-client.ts';

const loadDocuments = () => api.listDocuments();

export function useDocumentList() {
  return useQuery({ queryKey: queryKeys.documents, queryFn: loadDocuments });
}

/** By ID; empty until loaded (a quote then shows its document ID). */
export function useDocuments(): Map<string, DocumentSummary> {
  const { data } = useDocumentList();
  return useMemo(() => new Map((data ?? []).map((d) => [d.id, d])), [data]);
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
