import { CITY_TIME_ZONE } from '@/lib/city';
import { a4Document, type PdfFaces } from '@/lib/pdf/a4-document';
import { formatRubles } from './amount';

// A payment's receipt as an A4 PDF, drawn from a DTO. Always in Russian, as fiscal papers are: the
// labels come in as an argument (the `payments.pdf` messages), so this module reads no request.

export type ReceiptPdfData = {
  receiptNumber: string;
  /** The status in words, already in Russian. */
  status: string;
  paidAt: Date;
  amountKopecks: number;
  cardLast4: string | null;
  payee: string;
  items: { description: string; amountKopecks: number }[];
};

export type ReceiptPdfLabels = Record<
  'title' | 'number' | 'status' | 'paidAt' | 'card' | 'payee' | 'items' | 'total' | 'footer',
  string
>;

const MARGIN = 50;
const WIDTH = 595.28 - 2 * MARGIN;
const INK = '#1f2937';
const MUTED = '#4b5563';
const RULE = '#9ca3af';

/** Moscow time, whatever the server's zone: the receipt states when the city saw the payment. */
const moscowDateTime = new Intl.DateTimeFormat('ru', {
  timeZone: CITY_TIME_ZONE,
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

export function renderReceiptPdf(
  data: ReceiptPdfData,
  labels: ReceiptPdfLabels,
  faces: PdfFaces,
): Promise<Buffer> {
  const { doc, done } = a4Document(faces, MARGIN, {
    Title: `${labels.title} ${data.receiptNumber}`,
    Author: data.payee,
  });
  const money = (kopecks: number) => formatRubles(kopecks, 'ru');

  doc.fillColor(INK).font('bold').fontSize(18).text(labels.title, MARGIN, MARGIN, { width: WIDTH });
  doc.moveDown(0.8);
  const pairs: [string, string][] = [
    [labels.number, data.receiptNumber],
    [labels.status, data.status],
    [labels.paidAt, moscowDateTime.format(data.paidAt)],
    ...(data.cardLast4 ? [[labels.card, `•••• ${data.cardLast4}`] as [string, string]] : []),
    [labels.payee, data.payee],
  ];
  for (const [label, value] of pairs) {
    doc.font('regular').fontSize(9).fillColor(MUTED).text(label, MARGIN, doc.y, { width: WIDTH });
    doc.font('regular').fontSize(11).fillColor(INK).text(value, MARGIN, doc.y, { width: WIDTH });
    doc.moveDown(0.4);
  }

  doc.moveDown(0.6);
  doc.font('bold').fontSize(12).fillColor(INK).text(labels.items, MARGIN, doc.y, { width: WIDTH });
  doc.moveDown(0.3);
  const amountWidth = 130;
  const textWidth = WIDTH - amountWidth - 10;
  const line = (left: string, right: string, font: 'regular' | 'bold') => {
    doc.font(font).fontSize(11).fillColor(INK);
    const top = doc.y;
    const height = Math.max(
      doc.heightOfString(left, { width: textWidth }),
      doc.heightOfString(right, { width: amountWidth }),
    );
    doc.text(left, MARGIN, top, { width: textWidth });
    doc.text(right, MARGIN + WIDTH - amountWidth, top, { width: amountWidth, align: 'right' });
    doc
      .moveTo(MARGIN, top + height + 4)
      .lineTo(MARGIN + WIDTH, top + height + 4)
      .lineWidth(0.5)
      .strokeColor(RULE)
      .stroke();
    doc.x = MARGIN;
    doc.y = top + height + 8;
  };
  for (const item of data.items) line(item.description, money(item.amountKopecks), 'regular');
  line(labels.total, money(data.amountKopecks), 'bold');

  doc.moveDown(1.5);
  doc
    .font('regular')
    .fontSize(8)
    .fillColor(MUTED)
    .text(labels.footer, MARGIN, doc.y, { width: WIDTH });
  doc.end();
  return done;
}
