// The original pages of an imported PDF, for the reader.
export { PageView } from './PageView.tsx';
export { usePagesState } from './use-pages-state.ts';
export type { PagesState } from './use-pages-state.ts';
export { pageMessages } from './page-messages.ts';
export { usePdfWarmUp } from './use-pdf-warm-up.ts';
export { readerWarmUp, takePressedParagraph } from './warm-up.ts';
