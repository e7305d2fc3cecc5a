// Instrument tags in the interface language. The dataset stores them in English; the Chinese names
// come from data/terms/instruments.json, fetched once per session and shared by every view.
import { useEffect, useState } from 'react';
import type { Lang } from '../../../../shared/types.ts';
import { api } from '../../api/client.ts';

let cache: Map<string, string> | null = null;
let pending: Promise<Map<string, string>> | null = null;

function load(): Promise<Map<string, string>> {
  pending ??= api.instrumentNames().then(
    (list) => (cache = new Map(list.map((i) => [i.en, i.zh]))),
    // Without the names the tags stay as the dataset spells them; nothing else depends on them.
    () => (cache = new Map()),
  );
  return pending;
}

/** `(tag, lang) → name`: the Chinese name in Chinese when known, else the tag as stored. */
export function useInstrumentNames(): (tag: string, lang: Lang) => string {
  const [names, setNames] = useState(cache);
  useEffect(() => {
    if (!names) void load().then(setNames);
  }, [names]);
  return (tag, lang) => (lang === 'zh' ? (names?.get(tag) ?? tag) : tag);
}
