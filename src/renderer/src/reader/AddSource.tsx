import { useState } from 'react';
import type { DragEvent, ReactNode } from 'react';
import { useT } from '../app/i18n.ts';
import { useStatus } from '../app/status.ts';
import { readerMessages } from './messages.ts';
import { sourceMessages } from './imports/messages.ts';
import type { SourceImporter } from './imports/use-source-import.tsx';
import { Button } from '../ui/Button.tsx';

/** "Add source…": main's open dialog, then the import flow (progress, preview dialog, summary). */
export function AddSource({ importer }: { importer: SourceImporter }) {
  const t = useT(readerMessages);
  const s = useT(sourceMessages);
  return (
    <div className="add-source">
      <Button onClick={() => importer.start()} disabled={importer.busy} aria-describedby="add-source-hint">
        {t('addSource')}
      </Button>
      <span id="add-source-hint" className="muted add-source__hint">
        {s('dropHint')}
      </span>
      {importer.element}
    </div>
  );
}

const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer.types).includes('Files');

/** The document list as a drop target: a file dropped on it goes through the same flow as Add source…. */
export function SourceDropZone({ importer, children, className }: { importer: SourceImporter; children: ReactNode; className: string }) {
  const s = useT(sourceMessages);
  const status = useStatus();
  const [over, setOver] = useState(false);
  return (
    <section
      className={className}
      aria-labelledby="reader-docs-title"
      data-drop={over ? 'over' : undefined}
      onDragEnter={(e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        setOver(true);
      }}
      onDragOver={(e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = importer.busy ? 'none' : 'copy';
      }}
      onDragLeave={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOver(false);
      }}
      onDrop={(e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        setOver(false);
        const files = Array.from(e.dataTransfer.files);
        if (files.length !== 1) {
          status.show(s('dropOneFile'), 'info');
          return;
        }
        importer.start({ file: files[0]! });
      }}
    >
      {children}
      {over && (
        <div className="drop-overlay" aria-hidden="true">
          {s('dropHere')}
        </div>
      )}
    </section>
  );
}
