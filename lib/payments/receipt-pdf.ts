import { CITY_TIME_ZONE } from '@/lib/city';
import { a4Document, type PdfFaces } from '@/lib/pdf/a4-document';
import { formatRubles } from './amount';
import type { PaymentStatus } from './status';

// A payment's receipt, and a refunded payment's refund receipt, as A4 PDFs drawn from a DTO. Always
// in Russian, as fiscal papers are: the labels come in as an argument (the `payments.pdf` and
// `payments.refundPdf` messages), so this module reads no request.

export type ReceiptPdfData = {
  receiptNumber: string;
  /** The status in words, already in Russian. */
  status: string;
  paidAt: Date;
  /** When the money went back; a refunded payment keeps its receipt, marked so. */
  refundedAt?: Date | null;
  amountKopecks: number;
  cardLast4: string | null;
  payee: string;
  items: { description: string; amountKopecks: number }[];
};

export type ReceiptPdfLabels = Record<
  | 'title'
  | 'number'
  | 'status'
  | 'paidAt'
  | 'card'
  | 'payee'
  | 'items'
  | 'total'
  | 'refunded'
  | 'footer',
  string
>;

/** A refund returns the whole payment: the same items and amount, and the payment's receipt number. */
export type RefundReceiptPdfData = Omit<ReceiptPdfData, 'status' | 'refundedAt'> & {
  refundedAt: Date;
};

export type RefundReceiptPdfLabels = Record<
  | 'title'
  | 'paymentNumber'
  | 'refundedAt'
  | 'paidAt'
  | 'card'
  | 'payee'
  | 'items'
  | 'total'
  | 'footer',
  string
>;

export type ReceiptKind = 'payment' | 'refund';

/** What a payment's receipts state: none until it went through; once refunded, a refund's too. */
export type ReceiptFacts = { receiptNumber: string; paidAt: Date; refundedAt: Date | null };

/**
 * The receipts a payment has: a payment that went through has its receipt, and keeps it when the
 * money goes back; a refunded one has a refund receipt besides (`refundedAt` set). Null for one that
 * never went through.
 */
export function receiptFacts(payment: {
  status: PaymentStatus;
  receiptNumber: string | null;
  succeededAt: Date | null;
  refundedAt: Date | null;
}): ReceiptFacts | null {
  if (payment.status !== 'succeeded' && payment.status !== 'refunded') return null;
  if (!payment.receiptNumber || !payment.succeededAt) return null;
  return {
    receiptNumber: payment.receiptNumber,
    paidAt: payment.succeededAt,
    refundedAt: payment.status === 'refunded' ? payment.refundedAt : null,
  };
}

/** `receipt-20141127-048219375510.pdf`, `refund-…`: the number in Latin letters only. */
export const receiptFileName = (kind: ReceiptKind, receiptNumber: string) =>
  `${kind === 'payment' ? 'receipt' : 'refund'}${receiptNumber.replace(/[^\w-]/g, '')}.pdf`;

const MARGIN = 50;
const WIDTH = 595.28 - 2 * MARGIN;
const INK = '#1f2937';
const MUTED = '#4b5563';
const RULE = '#9ca3af';
const REFUNDED = '#b91c1c';

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
  const refundedAt = data.refundedAt ?? null;
  return receiptDocument(faces, {
    title: labels.title,
    number: data.receiptNumber,
    payee: data.payee,
    stamp: refundedAt && `${labels.refunded} ${moscowDateTime.format(refundedAt)}`,
    fields: [
      [labels.number, data.receiptNumber],
      [labels.status, data.status],
      [labels.paidAt, moscowDateTime.format(data.paidAt)],
      ...(data.cardLast4 ? [[labels.card, `•••• ${data.cardLast4}`] as [string, string]] : []),
      [labels.payee, data.payee],
    ],
    itemsHeading: labels.items,
    items: data.items,
    total: [labels.total, data.amountKopecks],
    footer: labels.footer,
  });
}

/** The refund's own receipt: what went back, how much, when in Moscow, and the payment's number. */
export function renderRefundReceiptPdf(
  data: RefundReceiptPdfData,
  labels: RefundReceiptPdfLabels,
  faces: PdfFaces,
): Promise<Buffer> {
  return receiptDocument(faces, {
    title: labels.title,
    number: data.receiptNumber,
    payee: data.payee,
    stamp: null,
    fields: [
      [labels.refundedAt, moscowDateTime.format(data.refundedAt)],
      [labels.paymentNumber, data.receiptNumber],
      [labels.paidAt, moscowDateTime.format(data.paidAt)],
      ...(data.cardLast4 ? [[labels.card, `•••• ${data.cardLast4}`] as [string, string]] : []),
      [labels.payee, data.payee],
    ],
    itemsHeading: labels.items,
    items: data.items,
    total: [labels.total, data.amountKopecks],
    footer: labels.footer,
  });
}

type ReceiptLayout = {
  title: string;
  number: string;
  payee: string;
  /** A framed line under the title, in red: what a reader must see first. */
  stamp: string | null;
  fields: [string, string][];
  itemsHeading: string;
  items: ReceiptPdfData['items'];
  total: [string, number];
  footer: string;
};

/** A receipt's page: the title, its fields as a list, then its items as a table with the total. */
function receiptDocument(faces: PdfFaces, r: ReceiptLayout): Promise<Buffer> {
  const { doc, tags, done } = a4Document(faces, MARGIN, {
    lang: 'ru',
    title: `${r.title} ${r.number}`,
    author: r.payee,
  });
  const money = (kopecks: number) => formatRubles(kopecks, 'ru');

  tags.block('H1', () =>
    doc.fillColor(INK).font('bold').fontSize(18).text(r.title, MARGIN, MARGIN, { width: WIDTH }),
  );
  doc.moveDown(0.8);
  if (r.stamp) {
    const stamp = r.stamp;
    doc.font('bold').fontSize(12);
    const width = Math.min(doc.widthOfString(stamp) + 16, WIDTH);
    const y = doc.y;
    tags.artifact(() =>
      doc.rect(MARGIN, y, width, 22).lineWidth(1.2).strokeColor(REFUNDED).stroke(),
    );
    tags.block('P', () =>
      doc.fillColor(REFUNDED).text(stamp, MARGIN, y + 6, { width, align: 'center' }),
    );
    doc.x = MARGIN;
    doc.y = y + 22;
    doc.moveDown(0.8);
  }
  tags.group('L', () => {
    for (const [label, value] of r.fields) {
      tags.item(
        () =>
          doc
            .font('regular')
            .fontSize(9)
            .fillColor(MUTED)
            .text(label, MARGIN, doc.y, { width: WIDTH }),
        () =>
          doc
            .font('regular')
            .fontSize(11)
            .fillColor(INK)
            .text(value, MARGIN, doc.y, { width: WIDTH }),
      );
      doc.moveDown(0.4);
    }
  });

  doc.moveDown(0.6);
  tags.group('Sect', () => {
    tags.block('H2', () =>
      doc
        .font('bold')
        .fontSize(12)
        .fillColor(INK)
        .text(r.itemsHeading, MARGIN, doc.y, { width: WIDTH }),
    );
    doc.moveDown(0.3);
    const amountWidth = 130;
    const textWidth = WIDTH - amountWidth - 10;
    // Each row is headed by what it pays for, the total's by its label.
    const line = (left: string, right: string, font: 'regular' | 'bold') => {
      doc.font(font).fontSize(11).fillColor(INK);
      const top = doc.y;
      const height = Math.max(
        doc.heightOfString(left, { width: textWidth }),
        doc.heightOfString(right, { width: amountWidth }),
      );
      tags.group('TR', () => {
        tags.block('TH', () => doc.text(left, MARGIN, top, { width: textWidth }), { scope: 'Row' });
        tags.block('TD', () =>
          doc.text(right, MARGIN + WIDTH - amountWidth, top, {
            width: amountWidth,
            align: 'right',
          }),
        );
      });
      tags.artifact(() =>
        doc
          .moveTo(MARGIN, top + height + 4)
          .lineTo(MARGIN + WIDTH, top + height + 4)
          .lineWidth(0.5)
          .strokeColor(RULE)
          .stroke(),
      );
      doc.x = MARGIN;
      doc.y = top + height + 8;
    };
    tags.group('Table', () => {
      for (const item of r.items) line(item.description, money(item.amountKopecks), 'regular');
      line(r.total[0], money(r.total[1]), 'bold');
    });
  });

  doc.moveDown(1.5);
  tags.block('P', () =>
    doc
      .font('regular')
      .fontSize(8)
      .fillColor(MUTED)
      .text(r.footer, MARGIN, doc.y, { width: WIDTH }),
  );
  doc.end();
  return done;
}
