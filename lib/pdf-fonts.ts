import { readFileSync } from 'node:fs';
import path from 'node:path';
import PDFDocument from 'pdfkit';

// The portal's PDFs (the ЕПД, payment receipts) are Russian text: DejaVu Sans has every Cyrillic
// glyph, the PDF's standard fonts have none. Read from the project's node_modules at run time: the
// bundler leaves process.cwd() paths alone and traces the files for a standalone build.
const fontDir = path.join(process.cwd(), 'node_modules', 'dejavu-fonts-ttf', 'ttf');
let fonts: { regular: Buffer; bold: Buffer } | undefined;

export function pdfFonts(): { regular: Buffer; bold: Buffer } {
  fonts ??= {
    regular: readFileSync(path.join(fontDir, 'DejaVuSans.ttf')),
    bold: readFileSync(path.join(fontDir, 'DejaVuSans-Bold.ttf')),
  };
  return fonts;
}

/**
 * An A4 document with the two fonts registered as `regular` and `bold`, and the bytes it will be
 * once `doc.end()` is called: every PDF of the portal starts so.
 */
export function a4Document(
  margin: number,
  info: PDFKit.DocumentInfo,
): { doc: PDFKit.PDFDocument; done: Promise<Buffer> } {
  const { regular, bold } = pdfFonts();
  const doc = new PDFDocument({
    size: 'A4',
    margin,
    // pdfkit accepts font data here (its types say string); it spares loading Helvetica's metrics.
    font: regular as unknown as string,
    info,
  });
  doc.registerFont('regular', regular);
  doc.registerFont('bold', bold);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return { doc, done };
}
