// Annotations on the selected cell and on its domain as a whole, and the form to add one. Quote
// annotations are shown with their quote (see EvidencePanel); the form can target a quote too.
import { memo } from 'react';
import type { Annotation } from '../../../../shared/types.ts';
import { AnnotationForm, AnnotationItem, annotationMessages as noteMessages } from '../../annotations/index.ts';
import type { TargetOption } from '../../annotations/index.ts';
import { api } from '../../api/client.ts';
import { applyEdit } from '../../app/store/changes.ts';
import { useT } from '../../app/i18n.ts';
import { panelMessages } from './panel-messages.ts';

interface Props {
  cellNotes: Annotation[];
  domainNotes: Annotation[];
  /** Notes on this cell's quotes (shown with their quote above), counted in the header too. */
  quoteNotes: number;
  targets: TargetOption[];
  targetId: string;
  onTargetChange: (id: string) => void;
  onAdded: () => void;
}

/** Re-rendered when its notes, targets or choice change (not on an edit of the cell's text). */
export const CellAnnotations = memo(function CellAnnotations(props: Props) {
  const t = useT(panelMessages);
  const tn = useT(noteMessages);
  const notes = [...props.cellNotes, ...props.domainNotes];
  return (
    <section className="pm-section" aria-label={t('annotations')} data-testid="cell-annotations">
      <header className="pm-section__head">
        <h3>
          {t('annotations')} <span className="pm-count">{notes.length + props.quoteNotes}</span>
        </h3>
      </header>
      {props.cellNotes.map((a) => (
        <AnnotationItem key={a.id} annotation={a} />
      ))}
      {props.domainNotes.map((a) => (
        <AnnotationItem key={a.id} annotation={a}>
          <p className="pm-note__target">{tn('targetDomain')}</p>
        </AnnotationItem>
      ))}
      <AnnotationForm
        targets={props.targets}
        targetId={props.targetId}
        onTargetChange={props.onTargetChange}
        submitLabel={tn('add')}
        onSubmit={async ({ category, text, target }) => {
          if (!target) return;
          applyEdit(await api.addAnnotation({ target, category, text }));
          props.onAdded();
        }}
      />
    </section>
  );
});
