// PDFs written byte by byte, with whatever /PageLabels entry a test needs (a good one, or a hostile
// one no PDF writer would make): a few pages of running text in Helvetica, a correct xref table.

/**
 * `labels` goes into the catalog as its /PageLabels value (e.g. `<< /Nums [0 << /S /r >>] >>`, or
 * `5 0 R` naming one of `extra`, which are numbered from 5 on).
 */
const SENTENCES = [
  'The report sets out the export control measures in force this year.',
  'They apply to advanced semiconductors and the tools that make them.',
  'Firms abroad that use controlled technology are reached as well.',
  'Licences are reviewed case by case, with a presumption of denial.',
  'Allies were consulted before the rules on lithography were issued.',
  'The screening of inbound investment covers critical technologies.',
  'A notice period of thirty days applies to most covered transactions.',
  'Outbound investment in certain sectors now needs to be notified.',
  'Subsidies for domestic fabrication come with conditions attached.',
  'Recipients may not expand capacity in countries of concern.',
  'Research security rules ask universities to disclose foreign funding.',
  'Critical minerals are stockpiled under a separate programme.',
];

export function labelPdf(pages: number, labels: string | null, extra: readonly string[] = []): Buffer {
  const objects: Array<[number, string]> = [];
  const kids: string[] = [];
  let next = 5 + extra.length;
  const pageObjects: Array<[number, string]> = [];
  for (let i = 0; i < pages; i++) {
    const page = next++;
    const contents = next++;
    kids.push(`${page} 0 R`);
    // Different sentences on every page: the same lines on every page would be page furniture.
    const lines = [0, 1, 2, 3].map((k) => SENTENCES[(i * 4 + k) % SENTENCES.length]!);
    // Two paragraphs a page, each starting on an indented line, so none runs on to the next page.
    const stream = `BT /F1 11 Tf 90 720 Td (${lines[0]}) Tj -18 -14 Td (${lines[1]}) Tj 18 -20 Td (${lines[2]}) Tj -18 -14 Td (${lines[3]}) Tj ET`;
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
