import { createFormatter, createTranslator } from 'next-intl';
import { a4Document, type PdfFaces, type Tags } from '@/lib/pdf/a4-document';
import QRCode from 'qrcode';
import { epdPayee, gostPaymentPayload } from './qr';
import type { ChargeBasis } from './billing';
import type { TariffService } from './tariffs';
import { calendarDate } from '@/lib/city';
import { timeZone, type Locale } from '@/lib/i18n/config';
import { formats, kopecksToRoubles } from '@/lib/i18n/formats';
import { loadMessages } from '@/lib/i18n/messages';
import type HousingMessages from '@/lib/i18n/messages/ru/housing.json';

// The ЕПД as an A4 PDF: every field DOMAIN.md names and the payment QR code, drawn from a DTO. The
// texts (epdText) come from the `housing` messages through next-intl outside any request, so the page
// and the PDF read alike in the person's language and a test can render the PDF without a server.

export type EpdPdfLine = {
  service: TariffService;
  zone: number;
  /** How many rates the apartment's electricity meter has (1 for every other service). */
  zones: number;
  /** Decimal string, as the database keeps it. */
  volume: string;
  kopecksPerUnit: number;
  chargeKopecks: number;
  basis: ChargeBasis;
};

export type EpdPdfData = {
  /** First day of the billing month, `YYYY-MM-DD`. */
  period: string;
  apartment: {
    payerCode: string;
    ownerName: string;
    district: string;
    building: string;
    flat: string;
    areaM2: string;
    registeredResidents: number;
  };
  lines: EpdPdfLine[];
  chargedKopecks: number;
  debtKopecks: number;
  totalKopecks: number;
  dueDate: string;
};

/** Every text of the document, already in the reader's language. */
export type EpdText = {
  locale: Locale;
  label: (key: EpdPdfLabel) => string;
  periodLine: (period: string) => string;
  service: (line: EpdPdfLine) => string;
  unit: (line: EpdPdfLine) => string;
  basis: (line: EpdPdfLine) => string;
  money: (kopecks: number) => string;
  volume: (value: string) => string;
  date: (day: string) => string;
  period: (period: string) => string;
  residents: (count: number) => string;
  area: (m2: string) => string;
  address: (apartment: EpdPdfData['apartment']) => string;
  fileName: (payerCode: string, period: string) => string;
};

/** The document's fixed captions: the `housing.epd.pdf` messages that take no arguments. */
export type EpdPdfLabel = Exclude<
  keyof (typeof HousingMessages)['epd']['pdf'],
  'periodLine' | 'fileName'
>;

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 40;
const CONTENT = A4.width - 2 * MARGIN;
const INK = '#1f2937';
const MUTED = '#4b5563';
const RULE = '#9ca3af';

export async function renderEpdPdf(
  data: EpdPdfData,
  text: EpdText,
  faces: PdfFaces,
): Promise<Buffer> {
  const a = data.apartment;
  const payee = epdPayee;
  const qrPayload = gostPaymentPayload({
    payee,
    sumKopecks: data.totalKopecks,
    payerCode: a.payerCode,
    period: data.period,
  });
  const qr = await QRCode.toBuffer(qrPayload, {
    type: 'png',
    errorCorrectionLevel: 'M',
    margin: 1,
    scale: 4,
  });

  const { doc, tags, done } = a4Document(faces, MARGIN, {
    lang: text.locale,
    title: `${text.label('title')} ${a.payerCode} ${data.period.slice(0, 7)}`,
    subject: text.period(data.period),
    author: payee.name,
  });

  doc.fillColor(INK);
  tags.block('H1', () =>
    doc.font('bold').fontSize(16).text(text.label('title'), MARGIN, MARGIN, { width: CONTENT }),
  );
  tags.block('P', () =>
    doc.font('regular').fontSize(11).text(text.periodLine(data.period), { width: CONTENT }),
  );
  doc.moveDown(0.8);

  // Two columns side by side, read one after the other: the payer, then the payee.
  const blockTop = doc.y;
  const colWidth = (CONTENT - 20) / 2;
  keyValueBlock(doc, tags, MARGIN, blockTop, colWidth, text.label('payer'), [
    [text.label('payerCode'), a.payerCode],
    [text.label('owner'), a.ownerName],
    [text.label('address'), text.address(a)],
    [text.label('area'), text.area(a.areaM2)],
    [text.label('residents'), text.residents(a.registeredResidents)],
  ]);
  const leftBottom = doc.y;
  const p = payee;
  keyValueBlock(doc, tags, MARGIN + colWidth + 20, blockTop, colWidth, text.label('provider'), [
    [null, p.name],
    [text.label('inn'), p.payeeInn],
    [text.label('kpp'), p.kpp],
    [text.label('account'), p.personalAcc],
    [text.label('bank'), p.bankName],
    [text.label('bic'), p.bic],
    [text.label('correspAcc'), p.correspAcc],
  ]);
  doc.y = Math.max(leftBottom, doc.y) + 14;

  chargesTable(doc, tags, data, text);

  const qrSize = 130;
  // The totals and the QR code stay together: on a new page when they do not fit under the table.
  const fits = doc.y + 10 + qrSize + 30 <= A4.height - MARGIN;
  if (!fits) doc.addPage();
  const top = fits ? doc.y + 10 : MARGIN;
  const summaryWidth = CONTENT - qrSize - 20;
  const rows: [string, string, boolean][] = [
    [text.label('charged'), text.money(data.chargedKopecks), false],
    [text.label('debt'), text.money(data.debtKopecks), false],
    [text.label('total'), text.money(data.totalKopecks), true],
    [text.label('dueDate'), text.date(data.dueDate), true],
  ];
  let y = top;
  tags.group('L', () => {
    for (const [label, value, strong] of rows) {
      doc
        .font(strong ? 'bold' : 'regular')
        .fontSize(strong ? 12 : 10)
        .fillColor(INK);
      const labelWidth = summaryWidth * 0.6 - 8;
      const valueWidth = summaryWidth * 0.4;
      tags.item(
        () => doc.text(label, MARGIN, y, { width: labelWidth }),
        () =>
          doc.text(value, MARGIN + summaryWidth * 0.6, y, { width: valueWidth, align: 'right' }),
      );
      y +=
        Math.max(
          doc.heightOfString(label, { width: labelWidth }),
          doc.heightOfString(value, { width: valueWidth }),
        ) + (strong ? 8 : 5);
    }
  });

  // The code and its caption are one figure; its alternative text says what paying by it pays.
  const qrX = A4.width - MARGIN - qrSize;
  const caption = text.label('qrCaption');
  const alt = [
    `${caption}:`,
    `${text.label('provider')} ${p.name},`,
    `${text.label('payerCode')} ${a.payerCode},`,
    `${text.label('total')} ${text.money(data.totalKopecks)}`,
  ].join(' ');
  doc.font('regular').fontSize(8).fillColor(MUTED);
  const bottom = top + qrSize + 4 + doc.heightOfString(caption, { width: qrSize });
  tags.block(
    'Figure',
    () => {
      doc.image(qr, qrX, top, { width: qrSize, height: qrSize });
      doc.text(caption, qrX, top + qrSize + 4, { width: qrSize, align: 'center' });
    },
    { alt, bbox: [qrX, top, qrX + qrSize, bottom] },
  );

  doc.end();
  return done;
}

/** A heading and its fields as a list: each label (where there is one) above its value. */
function keyValueBlock(
  doc: PDFKit.PDFDocument,
  tags: Tags,
  x: number,
  y: number,
  width: number,
  heading: string,
  rows: [string | null, string][],
) {
  tags.group('Sect', () => {
    tags.block('H2', () =>
      doc.font('bold').fontSize(11).fillColor(INK).text(heading, x, y, { width }),
    );
    doc.moveDown(0.3);
    tags.group('L', () => {
      for (const [label, value] of rows) {
        tags.item(
          label
            ? () =>
                doc.font('regular').fontSize(8).fillColor(MUTED).text(label, x, doc.y, { width })
            : null,
          () => doc.font('regular').fontSize(10).fillColor(INK).text(value, x, doc.y, { width }),
        );
        doc.moveDown(0.2);
      }
    });
  });
}

function chargesTable(doc: PDFKit.PDFDocument, tags: Tags, data: EpdPdfData, text: EpdText) {
  // Column widths as fractions of the content width: service, basis, volume, tariff, charge.
  const fractions = [0.34, 0.16, 0.16, 0.17, 0.17];
  const widths = fractions.map((f) => f * CONTENT);
  const xs = widths.map((_, i) => MARGIN + widths.slice(0, i).reduce((a, b) => a + b, 0));
  const align: ('left' | 'right')[] = ['left', 'left', 'right', 'right', 'right'];

  const row = (cells: string[], header: boolean) => {
    doc
      .font(header ? 'bold' : 'regular')
      .fontSize(9)
      .fillColor(header ? MUTED : INK);
    const heights = cells.map((cell, i) => doc.heightOfString(cell, { width: widths[i]! - 6 }));
    const height = Math.max(...heights) + 6;
    if (doc.y + height > A4.height - MARGIN) doc.addPage();
    const top = doc.y;
    tags.group('TR', () => {
      cells.forEach((cell, i) => {
        tags.block(
          header ? 'TH' : 'TD',
          () => doc.text(cell, xs[i]! + 3, top + 3, { width: widths[i]! - 6, align: align[i] }),
          header ? { scope: 'Column' } : {},
        );
      });
    });
    tags.artifact(() =>
      doc
        .moveTo(MARGIN, top + height)
        .lineTo(MARGIN + CONTENT, top + height)
        .lineWidth(0.5)
        .strokeColor(RULE)
        .stroke(),
    );
    doc.x = MARGIN;
    doc.y = top + height;
  };

  tags.group('Sect', () => {
    tags.block('H2', () =>
      doc.font('bold').fontSize(11).fillColor(INK).text(text.label('charges'), MARGIN, doc.y),
    );
    doc.moveDown(0.3);
    tags.group('Table', () => {
      row(
        [
          text.label('colService'),
          text.label('colBasis'),
          text.label('colVolume'),
          text.label('colTariff'),
          text.label('colCharge'),
        ],
        true,
      );
      for (const line of data.lines) {
        row(
          [
            text.service(line),
            text.basis(line),
            `${text.volume(line.volume)} ${text.unit(line)}`,
            text.money(line.kopecksPerUnit),
            text.money(line.chargeKopecks),
          ],
          false,
        );
      }
    });
  });
}

/** Russian or English texts of the ЕПД for the page and the PDF alike, outside any request. */
export async function epdText(locale: Locale): Promise<EpdText> {
  // Typed by the Russian file, so a missing key fails to compile; the parity test keeps English in step.
  const messages = (await loadMessages(locale)) as unknown as { housing: typeof HousingMessages };
  const t = createTranslator({ locale, messages, namespace: 'housing.epd', formats, timeZone });
  const format = createFormatter({ locale, formats, timeZone });
  const unitKey = (line: EpdPdfLine) =>
    line.basis === 'area' ? 'area' : line.service === 'electricity' ? 'electricity' : 'water';
  const money = (kopecks: number) => format.number(kopecksToRoubles(kopecks), 'rub');
  return {
    locale,
    label: (key) => t(`pdf.${key}`),
    periodLine: (period) =>
      t('pdf.periodLine', {
        period: format.dateTime(calendarDate(period), { month: 'long', year: 'numeric' }),
      }),
    service: (line) => {
      const service = t(`service.${line.service}`);
      if (line.service !== 'electricity' || line.zones < 2) return service;
      const zone = t(line.zones === 2 ? 'zone.two' : 'zone.three', { zone: String(line.zone) });
      return t('serviceWithZone', { service, zone });
    },
    unit: (line) => t(`unit.${unitKey(line)}`),
    basis: (line) => t(`basis.${line.basis}`),
    money,
    volume: (value) => format.number(Number(value), 'volume'),
    date: (day) => format.dateTime(calendarDate(day), 'long'),
    period: (period) => format.dateTime(calendarDate(period), { month: 'long', year: 'numeric' }),
    residents: (count) => t('residentsValue', { count }),
    area: (m2) => t('areaValue', { area: Number(m2) }),
    address: (a) => t('addressValue', { building: a.building, flat: a.flat }),
    fileName: (payerCode, period) => t('pdf.fileName', { payerCode, period: period.slice(0, 7) }),
  };
}

/** The ЕПД's PDF in the reader's language, with the file name to download it as. */
export async function epdPdf(
  data: EpdPdfData,
  locale: Locale,
  faces: PdfFaces,
): Promise<{ fileName: string; pdf: Buffer }> {
  const text = await epdText(locale);
  return {
    fileName: text.fileName(data.apartment.payerCode, data.period),
    pdf: await renderEpdPdf(data, text, faces),
  };
}
