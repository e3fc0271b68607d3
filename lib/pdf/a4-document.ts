import * as fontkit from 'fontkit';
import PDFDocument from 'pdfkit';
import type { Locale } from '@/lib/i18n/config';

// The portal's PDFs (the ЕПД, receipts, fines' decisions) are Russian text, set in DejaVu Sans. The
// font files are read by the server (server/pdf/fonts.ts) and handed in, so this stays pure.
// Every one is a tagged PDF (decision 023): its language, its title, and a structure tree that a
// screen reader follows, built by `Tags` as the document is drawn, so the drawing order is the
// reading order.

/** A font file and the tables fontkit decodes from it, shared by every document of a process. */
export type FontFace = { file: Buffer; tables: Record<string, unknown> };
export type PdfFaces = { regular: FontFace; bold: FontFace };

/** What a document says about itself: the language it is in and the title a reader announces. */
export type DocumentMeta = { lang: Locale; title: string; subject?: string; author?: string };

/** Elements whose content is drawn: headings, paragraphs, a list item's label and body, cells. */
export type BlockType = 'H1' | 'H2' | 'P' | 'Lbl' | 'LBody' | 'TH' | 'TD' | 'Figure';
/** Elements made of other elements: a section, a list and its items, a table and its rows. */
export type GroupType = 'Sect' | 'L' | 'LI' | 'Table' | 'TR';

export type BlockOptions = {
  /** What a screen reader says instead of the content: required for a Figure. */
  alt?: string;
  /** Which cells a TH heads. */
  scope?: 'Column' | 'Row';
  /** Where a Figure is on the page, `[left, top, right, bottom]` from the top left. */
  bbox?: [number, number, number, number];
};

/**
 * The document's logical structure, added to as it is drawn: every element goes under the group
 * being built, after the ones before it. What is neither (rules, frames) is drawn as an artifact.
 */
export type Tags = {
  /** An element whose content is what `draw` puts on the page now. */
  block(type: BlockType, draw: () => void, options?: BlockOptions): void;
  /** An element whose children are the elements `build` adds. */
  group(type: GroupType, build: () => void): void;
  /** A list item: its label (none for a value that needs none) and its body. */
  item(label: (() => void) | null, body: () => void): void;
  /** Drawing that is no part of what is read: rules, frames, backgrounds. */
  artifact(draw: () => void): void;
};

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
 * An A4 tagged document with the two fonts registered as `regular` and `bold`, its structure tree
 * (`tags`), and the bytes it will be once `doc.end()` is called: every PDF of the portal starts so.
 */
export function a4Document(
  faces: PdfFaces,
  margin: number,
  meta: DocumentMeta,
): { doc: PDFKit.PDFDocument; tags: Tags; done: Promise<Buffer> } {
  const regular = fontOf(faces.regular);
  const bold = fontOf(faces.bold);
  const doc = new PDFDocument({
    size: 'A4',
    margin,
    // pdfkit accepts a parsed font here (its types say string); it spares loading Helvetica's metrics.
    font: regular as unknown as string,
    // 1.7 for the structure attributes (a Figure's box, a heading cell's scope).
    pdfVersion: '1.7',
    tagged: true,
    lang: meta.lang,
    displayTitle: true,
    info: {
      Title: meta.title,
      ...(meta.subject ? { Subject: meta.subject } : {}),
      ...(meta.author ? { Author: meta.author } : {}),
    },
  });
  doc.registerFont('regular', regular as unknown as string);
  doc.registerFont('bold', bold as unknown as string);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return { doc, tags: tagsOf(doc), done };
}

function tagsOf(doc: PDFKit.PDFDocument): Tags {
  const root = doc.struct('Document');
  doc.addStructure(root);
  const open = [root];
  const parent = () => open[open.length - 1]!;
  const tags: Tags = {
    block(type, draw, options = {}) {
      // Added to an attached parent, pdfkit runs the closure at once inside the element's marked
      // content; scope and bbox are attributes pdfkit writes though its types leave them out.
      parent().add(doc.struct(type, options as PDFKit.Mixins.StructureElementOptions, draw));
    },
    group(type, build) {
      const element = doc.struct(type);
      parent().add(element);
      open.push(element);
      try {
        build();
      } finally {
        open.pop();
        element.end();
      }
    },
    item(label, body) {
      tags.group('LI', () => {
        if (label) tags.block('Lbl', label);
        tags.block('LBody', body);
      });
    },
    artifact(draw) {
      doc.markContent('Artifact', { type: 'Layout' });
      draw();
      doc.endMarkedContent();
    },
  };
  return tags;
}
