// Reads one PDF's page labels with pdf.js and posts them back; page-labels.ts runs this in a worker
// with a small heap and a time limit, so a hostile label tree costs a bounded amount and no more.
import { parentPort, workerData } from 'node:worker_threads';

const { bytes } = workerData as { bytes: Uint8Array };
let labels: unknown;
try {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({ data: new Uint8Array(bytes), enableXfa: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: false, verbosity: 0 });
  try {
    const doc = await task.promise;
    labels = await doc.getPageLabels();
  } finally {
    await task.destroy();
  }
} catch {
  labels = null;
}
parentPort!.postMessage({ labels });
