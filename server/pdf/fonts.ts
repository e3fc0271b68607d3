import 'server-only';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { PdfFaces } from '@/lib/pdf/a4-document';

// DejaVu Sans has every Cyrillic glyph, the PDF's standard fonts have none. Read from the project's
// node_modules at run time: the bundler leaves process.cwd() paths alone and traces the files for a
// standalone build.
const fontDir = path.join(process.cwd(), 'node_modules', 'dejavu-fonts-ttf', 'ttf');

let faces: PdfFaces | undefined;

/** The two faces every PDF is set in, read once per process (their decoded tables fill in as used). */
export function pdfFaces(): PdfFaces {
  faces ??= {
    regular: { file: readFileSync(path.join(fontDir, 'DejaVuSans.ttf')), tables: {} },
    bold: { file: readFileSync(path.join(fontDir, 'DejaVuSans-Bold.ttf')), tables: {} },
  };
  return faces;
}
