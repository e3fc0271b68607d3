// fontkit (pdfkit's font engine) ships no types. The portal parses the PDF fonts with it once and
// hands each document a font object (lib/pdf-fonts.ts); pdfkit takes anything with `layout`.
declare module 'fontkit' {
  export interface Font {
    layout(text: string, features?: unknown): unknown;
    readonly postscriptName: string;
  }
  export function create(buffer: Uint8Array, postscriptName?: string): Font;
}
