import { readFileSync } from 'node:fs';
import path from 'node:path';

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
