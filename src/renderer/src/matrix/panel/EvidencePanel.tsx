// The right-hand panel for the selected cell: the text (editable), every quote with its source and a
// way to it, the annotations, conflicts with the baseline and the cell's edit history.
import { useState } from 'react';
import type { MatrixState } from '../../../../shared/contract.ts';
import type { DocumentSummary, Evidence, Target } from '../../../../shared/types.ts';
import { AnnotationItem, annotationMessages as noteMessages, useAnnotations } from '../../annotations/index.ts';
import type { TargetOption } from '../../annotations/index.ts';
import { api } from '../../api/client.ts';
import { pick, useLang, useT } from '../../app/i18n.ts';
import type { CellRef } from '../../app/nav.ts';
import { AlignmentEditor } from './editors/AlignmentEditor.tsx';
import { CellAnnotations } from './CellAnnotations.tsx';
import { CellHistory } from './CellHistory.tsx';
import { ConflictList } from '../integrity/ConflictList.tsx';
import { EvidenceItem } from './EvidenceItem.tsx';
import { panelMessages } from './panel-messages.ts';
import { SourceNote } from './SourceNote.tsx';
import { SummaryEditor } from './editors/SummaryEditor.tsx';
import { BubbleIcon } from '../grid/cells/BubbleIcon.tsx';

interface Props {
  state: MatrixState;
  cell: CellRef;
  docs: Map<string, DocumentSummary>;
  onApply(state: MatrixState): void;
  /** Annotations do not return a MatrixState; this fetches one so counts and undo stay right. */
  onAnnotationsChanged(): void;
  onClose(): void;
  onCompare(domainId: string): void;
}

export function EvidencePanel({ state, cell, docs, onApply, onAnnotationsChanged, onClose, onCompare }: Props) {
  const t = useT(panelMessages);
  const tn = useT(noteMessages);
  const { lang } = useLang();
  const [targetId, setTargetId] = useState('cell');
  const { list } = useAnnotations({ domainId: cell.domainId }, state);
  const domain = state.matrix.domains.find((d) => d.id === cell.domainId);
  if (!domain) return null;
  const actor = cell.actorId === null ? null : state.matrix.actors.find((a) => a.id === cell.actorId);
  const position = cell.actorId === null ? undefined : domain.positions[cell.actorId];
  const evidence: Evidence[] = cell.actorId === null ? domain.alignment.evidence : (position?.evidence ?? []);
  const notes = list ?? [];
  const inCell = (a: { target: Target }) => a.target.actorId === cell.actorId;
  const cellNotes = notes.filter((a) => inCell(a) && a.target.evidenceId === null && (cell.actorId !== null || a.target.actorId === null));
  const domainNotes = notes.filter((a) => a.target.actorId === null && a.target.evidenceId === null && cell.actorId !== null);
  const conflicts = state.conflicts.filter((c) => c.target.domainId === cell.domainId && c.target.actorId === cell.actorId);

  const cellTarget: Target = { domainId: cell.domainId, actorId: cell.actorId, evidenceId: null };
  const targets: TargetOption[] = [
    // A target without actor is the domain itself; main counts it under the alignment column.
    { id: 'cell', label: cell.actorId === null ? `${tn('targetDomain')} / ${tn('alignment')}` : tn('targetCell'), target: cellTarget },
    ...(cell.actorId !== null ? [{ id: 'domain', label: tn('targetDomain'), target: { domainId: cell.domainId, actorId: null, evidenceId: null } }] : []),
    ...evidence.map((e) => ({
      id: `q:${e.id}`,
      label: `${tn('targetQuote')}: “${e.exact.length > 22 ? `${e.exact.slice(0, 22)}…` : e.exact}”`,
      target: { ...cellTarget, evidenceId: e.id },
    })),
  ];

  return (
    <aside className="pm-panel" aria-label={t('panel')} data-testid="evidence-panel" data-domain-id={cell.domainId} data-actor-id={cell.actorId ?? '_'}>
      <header className="pm-panel__head">
        <div className="pm-panel__title">
          <span className="pm-panel__domain">{pick(domain.name, lang)}</span>
          <span className="pm-panel__actor">{actor ? pick(actor.name, lang) : t('alignment')}</span>
        </div>
        <button type="button" className="pm-button pm-button--small" onClick={() => onCompare(domain.id)}>
          ⇆ {t('compare')}
        </button>
        <button type="button" className="pm-icon-button" onClick={onClose} aria-label={t('closePanel')} title={t('closePanel')}>
          ×
        </button>
      </header>
      <div className="pm-panel__body">
        {cell.actorId === null ? (
          <AlignmentEditor domainId={domain.id} alignment={domain.alignment} onApply={onApply} />
        ) : (
          <SummaryEditor domainId={domain.id} actorId={cell.actorId} position={position} onApply={onApply} />
        )}
        {cell.actorId === null && domain.sourceNote && <SourceNote note={domain.sourceNote} />}
        <ConflictList conflicts={conflicts} onApply={onApply} />
        <section className="pm-section" aria-label={t('evidence', { n: evidence.length })}>
          <header className="pm-section__head">
            <h3>{t('evidence', { n: evidence.length })}</h3>
          </header>
          {evidence.length === 0 && <p className="pm-muted">{t('noEvidence')}</p>}
          <ol className="pm-quotes">
            {evidence.map((e) => (
              <EvidenceItem
                key={e.id}
                evidence={e}
                cell={cell}
                doc={docs.get(e.docId)}
                onRemove={async () => onApply(await api.removeEvidence({ domainId: cell.domainId, actorId: cell.actorId, evidenceId: e.id }))}
                actions={
                  <button type="button" className="pm-link-button" onClick={() => setTargetId(`q:${e.id}`)}>
                    <BubbleIcon /> {tn('annotateQuote')}
                  </button>
                }
              >
                {notes
                  .filter((a) => inCell(a) && a.target.evidenceId === e.id)
                  .map((a) => (
                    <AnnotationItem key={a.id} annotation={a} onChanged={onAnnotationsChanged} />
                  ))}
              </EvidenceItem>
            ))}
          </ol>
        </section>
        <CellAnnotations
          cellNotes={cellNotes}
          domainNotes={domainNotes}
          targets={targets}
          targetId={targets.some((o) => o.id === targetId) ? targetId : 'cell'}
          onTargetChange={setTargetId}
          onChanged={onAnnotationsChanged}
          onAdded={() => {
            setTargetId('cell');
            onAnnotationsChanged();
          }}
        />
        <CellHistory cell={cell} state={state} />
      </div>
    </aside>
  );
}
