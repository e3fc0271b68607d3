// Reads a PDF back as a screen reader meets it (pdfjs-dist): whether it is tagged, its language and
// title, and its text in the structure tree's reading order, each element with the roles above it.

type StructNode = {
  role?: string;
  alt?: string;
  children?: (StructNode | { type: string; id: string })[];
};

/** One element with content: `Document/Sect/Table/TR/TH`, and its text (a figure's: its alt text). */
export type ReadElement = { path: string; role: string; text: string };

export type TaggedPdf = {
  marked: boolean;
  hasStructTree: boolean;
  lang: string | null;
  title: string | null;
  displayDocTitle: boolean;
  reading: ReadElement[];
  /** Text and drawing outside any marked content: neither read nor declared an artifact. */
  unmarked: string[];
};

const spaced = (text: string) => text.replace(/\s+/gu, ' ').trim();

export async function readTaggedPdf(pdf: Buffer): Promise<TaggedPdf> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf) }).promise;
  const opName = Object.fromEntries(Object.entries(pdfjs.OPS).map(([name, op]) => [op, name]));
  const painting =
    /^(showText|showSpacedText|nextLineShowText|nextLineSetSpacingShowText|constructPath|stroke|fill|eoFill|fillStroke|eoFillStroke|closeStroke|closeFillStroke|closeEOFillStroke|paintImageXObject|paintInlineImageXObject|paintImageMaskXObject)$/;
  const reading: ReadElement[] = [];
  const unmarked: string[] = [];
  let hasStructTree = false;

  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    // The text of each marked-content sequence, by its id (`p10R_mc3`); a wrapped line ends with a space.
    const content = await page.getTextContent({ includeMarkedContent: true });
    const texts = new Map<string, string>();
    const open: (string | null)[] = [];
    for (const item of content.items) {
      if ('type' in item) {
        if (item.type === 'endMarkedContent') open.pop();
        else open.push(item.id ?? null);
      } else if (open.length === 0) {
        if (item.str.trim()) unmarked.push(item.str);
      } else {
        const id = open.findLast((o) => o !== null);
        if (id) texts.set(id, (texts.get(id) ?? '') + item.str + (item.hasEOL ? ' ' : ''));
      }
    }
    let depth = 0;
    for (const op of (await page.getOperatorList()).fnArray) {
      const name = opName[op] ?? String(op);
      if (name === 'beginMarkedContent' || name === 'beginMarkedContentProps') depth++;
      else if (name === 'endMarkedContent') depth--;
      else if (depth === 0 && painting.test(name)) unmarked.push(name);
    }

    const tree = (await page.getStructTree()) as StructNode | null;
    if (!tree) continue;
    hasStructTree = true;
    const walk = (node: StructNode, path: string[]) => {
      const role = node.role ?? '';
      const here = [...path, role];
      if (node.alt !== undefined) {
        reading.push({ path: here.join('/'), role, text: spaced(node.alt) });
        return;
      }
      let own: ReadElement | null = null;
      for (const child of node.children ?? []) {
        if (!('type' in child)) {
          own = null;
          walk(child, here);
        } else if (child.type === 'content') {
          if (!own) reading.push((own = { path: here.join('/'), role, text: '' }));
          own.text = spaced(`${own.text} ${texts.get(child.id) ?? ''}`);
        }
      }
    };
    // The root's children are the document's elements (ours: one `Document`).
    for (const child of tree.children ?? []) if (!('type' in child)) walk(child, []);
  }

  const info = (await doc.getMetadata()).info as Record<string, unknown>;
  const preferences = (await doc.getViewerPreferences()) as Record<string, unknown> | null;
  const markInfo = await doc.getMarkInfo();
  return {
    marked: markInfo?.Marked === true,
    hasStructTree,
    lang: typeof info.Language === 'string' ? info.Language : null,
    title: typeof info.Title === 'string' ? info.Title : null,
    displayDocTitle: preferences?.DisplayDocTitle === true,
    reading,
    unmarked,
  };
}

/**
 * As many of `texts` as are read in that order, each after the one before: equal to `texts` when
 * all are there in that order (other elements may come between them).
 */
export function readOrder(reading: ReadElement[], texts: string[]): string[] {
  const found: string[] = [];
  let at = 0;
  for (const text of texts) {
    const next = reading.findIndex((element, i) => i >= at && element.text === text);
    if (next < 0) break;
    found.push(text);
    at = next + 1;
  }
  return found;
}

/** The texts of the elements of one role, in reading order. */
export const textsOf = (reading: ReadElement[], role: string) =>
  reading.filter((element) => element.role === role).map((element) => element.text);
