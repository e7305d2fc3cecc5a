// The views in tab order, and the DOM ids that tie each tab to its panel (aria-controls/labelledby).
import type { View } from '../nav.ts';

export const VIEWS: readonly View[] = ['matrix', 'reader', 'annotations'];

export const tabId = (view: View) => `tab-${view}`;
export const panelId = (view: View) => `panel-${view}`;
