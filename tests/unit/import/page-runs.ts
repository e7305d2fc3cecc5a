// The text runs pdf.js gives for every page of a PDF, as the page view computes them: the input of
// the geometry and selection tests on the fixtures.
import fs from 'node:fs';
import path from 'node:path';
import type { PageTextRun } from '../../../src/renderer/src/reader/page/geometry.ts';
import { textRuns } from '../../../src/renderer/src/reader/page/text-runs.ts';

export async function pageRuns(file: string): Promise<Map<number, PageTextRun[]>> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const dir = path.dirname(path.join(import.meta.dirname, '../../../node_modules/pdfjs-dist/package.json')) + path.sep;
  const task = pdfjs.getDocument({ data: new Uint8Array(fs.readFileSync(file)), cMapUrl: `${dir}cmaps${path.sep}`, standardFontDataUrl: `${dir}standard_fonts${path.sep}`, disableFontFace: true, verbosity: 0 });
  const doc = await task.promise;
  const out = new Map<number, PageTextRun[]>();
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    out.set(n, textRuns(content.items, content.styles, page.getViewport({ scale: 1 })));
  }
  await task.destroy();
  return out;
}
