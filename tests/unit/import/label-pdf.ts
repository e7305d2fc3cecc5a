// PDFs written byte by byte, with whatever /PageLabels entry a test needs (a good one, or a hostile
// one no PDF writer would make): a few pages of running text in Helvetica, a correct xref table.

/**
 * `labels` goes into the catalog as its /PageLabels value (e.g. `<< /Nums [0 << /S /r >>] >>`, or
 * `5 0 R` naming one of `extra`, which are numbered from 5 on).
 */
export function labelPdf(pages: number, labels: string | null, extra: readonly string[] = []): Buffer {
  const objects: Array<[number, string]> = [];
  const kids: string[] = [];
  let next = 5 + extra.length;
  const pageObjects: Array<[number, string]> = [];
  for (let i = 0; i < pages; i++) {
    const page = next++;
    const contents = next++;
    kids.push(`${page} 0 R`);
    const lines = [
      `Section ${i + 1} of the report sets out the export control measures in force.`,
      'The measures apply to advanced semiconductors and the tools that make them,',
      'and they reach firms abroad that use controlled technology in their products.',
      'Licences are reviewed case by case, with a presumption of denial for some ends.',
    ];
    const stream = `BT /F1 11 Tf 14 TL 72 720 Td ${lines.map((l) => `(${l}) Tj T*`).join(' ')} ET`;
    pageObjects.push([page, `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${contents} 0 R >>`]);
    pageObjects.push([contents, `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`]);
  }
  objects.push([1, `<< /Type /Catalog /Pages 2 0 R${labels !== null ? ` /PageLabels ${labels}` : ''} >>`]);
  objects.push([2, `<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${pages} >>`]);
  objects.push([3, '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>']);
  objects.push([4, '<< /Producer (label-pdf.ts) >>']);
  extra.forEach((body, i) => objects.push([5 + i, body]));
  objects.push(...pageObjects);
  let out = '%PDF-1.7\n';
  const offsets: number[] = [];
  for (const [n, body] of objects) {
    offsets[n] = Buffer.byteLength(out, 'latin1');
    out += `${n} 0 obj\n${body}\nendobj\n`;
  }
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${next}\n0000000000 65535 f \n`;
  for (let n = 1; n < next; n++) out += `${String(offsets[n]).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${next} /Root 1 0 R /Info 4 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}
