// The alignment colours of the app's matrix (src/renderer/src/matrix/matrix.css, --pm-* tokens), so
// the overview reads like the screen: text colour on a pale fill.
import type { AlignmentValue } from '../../../../shared/types.ts';

export const ALIGNMENT_COLOURS: Record<AlignmentValue, { text: string; fill: string }> = {
  aligned: { text: '1E7B45', fill: 'E3F4EA' },
  partly: { text: 'A15C00', fill: 'FDF0D9' },
  divergent: { text: 'B42318', fill: 'FDE7E5' },
  'not-covered': { text: '5F6B7A', fill: 'ECEFF3' },
};

export const MUTED = '5F6B7A';
export const HEADER_FILL = 'E7EEFA';
/** "Translation out of date" marks: the interface's amber, dark enough to read as text. */
export const STALE_TEXT = '8A4B00';
