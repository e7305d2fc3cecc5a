// The annotations feature as other features see it: the note form and item the evidence panel
// embeds, the cell's notes hook and the feature's messages. Everything else stays inside.
import './annotations.css';

export { AnnotationForm } from './AnnotationForm.tsx';
export type { TargetOption } from './AnnotationForm.tsx';
export { AnnotationItem } from './AnnotationItem.tsx';
export { messages as annotationMessages } from './messages.ts';
export { useAnnotations } from './use-annotations.ts';
