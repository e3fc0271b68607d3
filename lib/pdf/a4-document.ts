import * as fontkit from 'fontkit';
import PDFDocument from 'pdfkit';

// The portal's PDFs (the ЕПД, receipts, fines' decisions) are Russian text, set in DejaVu Sans. The
// font files are read by the server (server/pdf/fonts.ts) and handed in, so this stays pure.

/** A font file and the tables fontkit decodes from it, shared by every document of a process. */
export type FontFace = { file: Buffer; tables: Record<string, unknown> };
export type PdfFaces = { regular: FontFace; bold: FontFace };

/**
 * A font for one document, its tables decoded once per process. Given a font file, pdfkit has
 * fontkit parse it for every document, and decoding the tables (6,000 glyphs' metrics, the layout
 * tables) was two thirds of each PDF's time. The decoded tables are shared, as fontkit itself shares
 * them between a font and its variations (`getVariation`); each document still gets a font object
 * of its own, because its glyph cache keeps the characters a glyph was first laid out for, and a
 * glyph cached by one document without them loses another document's text layer.
 */
function fontOf(face: FontFace): fontkit.Font {
  const font = fontkit.create(face.file) as fontkit.Font & { _tables: Record<string, unknown> };
  font._tables = face.tables;
  return font;
}

/**
 * An A4 document with the two fonts registered as `regular` and `bold`, and the bytes it will be
 * once `doc.end()` is called: every PDF of the portal starts so.
 */
export function a4Document(
  faces: PdfFaces,
  margin: number,
  info: PDFKit.DocumentInfo,
): { doc: PDFKit.PDFDocument; done: Promise<Buffer> } {
  const regular = fontOf(faces.regular);
  const bold = fontOf(faces.bold);
  const doc = new PDFDocument({
    size: 'A4',
    margin,
    // pdfkit accepts a parsed font here (its types say string); it spares loading Helvetica's metrics.
    font: regular as unknown as string,
    info,
  });
  doc.registerFont('regular', regular as unknown as string);
  doc.registerFont('bold', bold as unknown as string);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return { doc, done };
}
