import { createFormatter, createTranslator } from 'next-intl';
import { a4Document, type PdfFaces, type Tags } from '@/lib/pdf/a4-document';
import { calendarDate } from '@/lib/city';
import { timeZone, type Locale } from '@/lib/i18n/config';
import { formats, kopecksToRoubles } from '@/lib/i18n/formats';
import { loadMessages } from '@/lib/i18n/messages';
import type FinesMessages from '@/lib/i18n/messages/ru/fines.json';
import { ARTICLE_PATTERN } from './articles';
import { finePayee } from './payee';
import { APPEAL_DAYS, DISCOUNT_DAYS, PAYMENT_DAYS, type FineDeadlines } from './deadlines';

// The постановление as an A4 PDF, drawn from a DTO the route loads: who decided, whom, for what, the
// fine, where to pay it and by when. Modelled on the ЕПД's PDF (lib/housing/epd-pdf.ts): the texts
// (decisionText) come from the `fines.pdf` messages outside any request, so a test renders it alone.

export type DecisionPdfData = {
  uin: string;
  decisionNumber: string;
  /** `YYYY-MM-DD`, the Moscow day it was made. */
  decisionDate: string;
  /** Stored spelling: `12.9 ч.2`. */
  article: string;
  articleTitle: string;
  place: string;
  offenceAt: Date;
  amountKopecks: number;
  /** Exactly one of camera and officer is set, as the registry guarantees. */
  camera: string | null;
  officer: string | null;
  plate: string | null;
  vehicleModel: string | null;
  /** The vehicle's owner: a camera's fine is theirs (КоАП 2.6.1). */
  ownerName: string | null;
  licenceNumber: string | null;
  /** The licence's holder: the driver an officer stopped. */
  holderName: string | null;
  deadlines: FineDeadlines;
  /** Half the fine (lib/fines discountedKopecks); null for an article without the discount. */
  discountedKopecks: number | null;
  paidAt: Date | null;
};

/** Every text of the document, already in the reader's language. */
export type DecisionText = {
  locale: Locale;
  label: (key: DecisionPdfLabel) => string;
  title: (decisionNumber: string) => string;
  decidedBy: (data: Pick<DecisionPdfData, 'camera' | 'officer'>) => string;
  /** `12.9 ч.2` → «ч. 2 ст. 12.9 КоАП РФ». */
  articleRef: (article: string) => string;
  ruling: (article: string, amountKopecks: number) => string;
  discount: (until: string, kopecks: number) => string;
  due: (deadlines: FineDeadlines) => string;
  appeal: () => string;
  paid: (paidAt: Date) => string;
  money: (kopecks: number) => string;
  date: (day: string) => string;
  dateTime: (instant: Date) => string;
  fileName: (uin: string) => string;
};

type PdfMessages = (typeof FinesMessages)['pdf'];

/** The document's fixed captions: the `fines.pdf` messages that take no arguments. */
export type DecisionPdfLabel = Exclude<
  keyof PdfMessages,
  | 'title'
  | 'decidedByCamera'
  | 'decidedByOfficer'
  | 'articleRef'
  | 'articlePartRef'
  | 'ruling'
  | 'discount'
  | 'due'
  | 'appeal'
  | 'paid'
  | 'fileName'
>;

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 50;
const CONTENT = A4.width - 2 * MARGIN;
const LABEL_WIDTH = 170;
const INK = '#1f2937';
const MUTED = '#4b5563';
const RULE = '#9ca3af';
const PAID = '#15803d';

export async function renderDecisionPdf(
  data: DecisionPdfData,
  text: DecisionText,
  faces: PdfFaces,
): Promise<Buffer> {
  const { doc, tags, done } = a4Document(faces, MARGIN, {
    lang: text.locale,
    title: `${text.title(data.decisionNumber)} ${text.label('subtitle')}`,
    subject: data.uin,
    author: text.label('authority'),
  });
  const paragraph = (value: string, font: 'regular' | 'bold') => {
    doc.moveDown(0.5);
    tags.block('P', () =>
      doc.font(font).fontSize(10).fillColor(INK).text(value, MARGIN, doc.y, { width: CONTENT }),
    );
  };

  heading(doc, tags, data, text);

  const byCamera = data.camera !== null;
  section(doc, tags, text.label('decidedBy'), [[null, text.decidedBy(data)]]);
  // A camera sees the car, so its fine names the owner; an officer names the driver he stopped.
  const person = byCamera
    ? (data.ownerName ?? data.holderName)
    : (data.holderName ?? data.ownerName);
  section(doc, tags, text.label('person'), [
    [text.label(byCamera ? 'owner' : 'driver'), person],
    [text.label('licence'), data.licenceNumber],
  ]);
  section(doc, tags, text.label('vehicle'), [
    [text.label('plate'), data.plate],
    [text.label('model'), data.vehicleModel],
  ]);
  section(doc, tags, text.label('offence'), [
    [text.label('offenceAt'), text.dateTime(data.offenceAt)],
    [text.label('place'), data.place],
    [text.label('article'), `${text.articleRef(data.article)}: ${data.articleTitle}`],
  ]);
  paragraph(text.ruling(data.article, data.amountKopecks), 'bold');

  section(doc, tags, text.label('payment'), [
    [text.label('payee'), finePayee.name],
    [text.label('inn'), finePayee.payeeInn],
    [text.label('kpp'), finePayee.kpp],
    [text.label('bank'), finePayee.bankName],
    [text.label('bic'), finePayee.bic],
    [text.label('account'), finePayee.personalAcc],
    [text.label('correspAcc'), finePayee.correspAcc],
    [text.label('cbc'), finePayee.cbc],
    [text.label('oktmo'), finePayee.oktmo],
    [text.label('uin'), data.uin],
    [text.label('amount'), text.money(data.amountKopecks)],
  ]);
  // The discount is offered only where the article allows it (КоАП 32.2 part 1.3).
  if (data.discountedKopecks !== null && data.deadlines.discountUntil !== null)
    paragraph(text.discount(data.deadlines.discountUntil, data.discountedKopecks), 'regular');
  paragraph(text.due(data.deadlines), 'regular');
  paragraph(text.appeal(), 'regular');

  doc.moveDown(0.8);
  tags.block('P', () =>
    doc
      .font('regular')
      .fontSize(8)
      .fillColor(MUTED)
      .text(text.label('footer'), MARGIN, doc.y, { width: CONTENT }),
  );
  doc.end();
  return done;
}

function heading(doc: PDFKit.PDFDocument, tags: Tags, data: DecisionPdfData, text: DecisionText) {
  tags.block('P', () =>
    doc
      .fillColor(MUTED)
      .font('regular')
      .fontSize(9)
      .text(text.label('authority'), MARGIN, MARGIN, { width: CONTENT, align: 'center' }),
  );
  doc.moveDown(0.6);
  tags.block('H1', () =>
    doc
      .fillColor(INK)
      .font('bold')
      .fontSize(15)
      .text(text.title(data.decisionNumber), { width: CONTENT, align: 'center' }),
  );
  tags.block('P', () =>
    doc
      .font('regular')
      .fontSize(11)
      .text(text.label('subtitle'), { width: CONTENT, align: 'center' }),
  );
  doc.moveDown(0.6);
  const top = doc.y;
  doc.fontSize(10);
  tags.block('P', () =>
    doc.text(text.date(data.decisionDate), MARGIN, top, { width: CONTENT / 2 }),
  );
  tags.block('P', () =>
    doc.text(text.label('city'), MARGIN + CONTENT / 2, top, { width: CONTENT / 2, align: 'right' }),
  );
  if (data.paidAt) {
    // A stamp under the date line: the first thing a reader of a paid decision looks for.
    const stamp = text.paid(data.paidAt);
    doc.font('bold').fontSize(11);
    const width = doc.widthOfString(stamp) + 16;
    const y = doc.y + 6;
    tags.artifact(() =>
      doc
        .rect(MARGIN + CONTENT - width, y, width, 20)
        .lineWidth(1.2)
        .strokeColor(PAID)
        .stroke(),
    );
    tags.block('P', () =>
      doc.fillColor(PAID).text(stamp, MARGIN + CONTENT - width, y + 5, { width, align: 'center' }),
    );
    doc.y = y + 20;
  }
  doc.x = MARGIN;
  doc.moveDown(0.6);
}

/**
 * A heading and its rows, the label in a narrow left column; a row without a value is left out. The
 * rows are a list (label and body); a section of one unlabelled value is a paragraph.
 */
function section(
  doc: PDFKit.PDFDocument,
  tags: Tags,
  title: string,
  rows: [string | null, string | null][],
) {
  doc.moveDown(0.5);
  tags.group('Sect', () => {
    tags.block('H2', () =>
      doc.font('bold').fontSize(11).fillColor(INK).text(title, MARGIN, doc.y, { width: CONTENT }),
    );
    const ruleY = doc.y + 1;
    tags.artifact(() =>
      doc
        .moveTo(MARGIN, ruleY)
        .lineTo(MARGIN + CONTENT, ruleY)
        .lineWidth(0.5)
        .strokeColor(RULE)
        .stroke(),
    );
    doc.y = ruleY + 4;
    const shown = rows.filter((row): row is [string | null, string] => row[1] !== null);
    const [only] = shown;
    if (shown.length === 1 && only![0] === null) {
      tags.block('P', () =>
        doc
          .font('regular')
          .fontSize(10)
          .fillColor(INK)
          .text(only![1], MARGIN, doc.y, { width: CONTENT }),
      );
      doc.y += 2;
    } else {
      tags.group('L', () => {
        for (const [label, value] of shown) labelledRow(doc, tags, label, value);
      });
    }
    doc.x = MARGIN;
  });
}

function labelledRow(doc: PDFKit.PDFDocument, tags: Tags, label: string | null, value: string) {
  const top = doc.y;
  if (label === null) {
    tags.item(null, () =>
      doc.font('regular').fontSize(10).fillColor(INK).text(value, MARGIN, top, { width: CONTENT }),
    );
  } else {
    const valueWidth = CONTENT - LABEL_WIDTH;
    doc.font('regular').fontSize(9);
    const labelHeight = doc.heightOfString(label, { width: LABEL_WIDTH - 8 });
    doc.fontSize(10);
    const valueHeight = doc.heightOfString(value, { width: valueWidth });
    tags.item(
      () =>
        doc
          .font('regular')
          .fontSize(9)
          .fillColor(MUTED)
          .text(label, MARGIN, top + 1, { width: LABEL_WIDTH - 8 }),
      () =>
        doc
          .font('regular')
          .fontSize(10)
          .fillColor(INK)
          .text(value, MARGIN + LABEL_WIDTH, top, { width: valueWidth }),
    );
    doc.y = top + Math.max(labelHeight + 1, valueHeight);
  }
  doc.y += 2;
}

/** Russian or English texts of the постановление, outside any request. */
export async function decisionText(locale: Locale): Promise<DecisionText> {
  // Typed by the Russian file, so a missing key fails to compile; the parity test keeps English in step.
  const messages = (await loadMessages(locale)) as unknown as { fines: typeof FinesMessages };
  const t = createTranslator({ locale, messages, namespace: 'fines.pdf', formats, timeZone });
  const format = createFormatter({ locale, formats, timeZone });
  const money = (kopecks: number) => format.number(kopecksToRoubles(kopecks), 'rub');
  const date = (day: string) => format.dateTime(calendarDate(day), 'long');
  const articleRef = (article: string) => {
    const match = ARTICLE_PATTERN.exec(article);
    if (!match) return t('articleRef', { article });
    const [, number, part] = match;
    return part
      ? t('articlePartRef', { article: number!, part })
      : t('articleRef', { article: number! });
  };
  return {
    locale,
    label: (key) => t(key),
    title: (number) => t('title', { number }),
    decidedBy: ({ camera, officer }) =>
      camera !== null
        ? t('decidedByCamera', { camera })
        : t('decidedByOfficer', { officer: officer ?? '' }),
    articleRef,
    ruling: (article, amountKopecks) =>
      t('ruling', { article: articleRef(article), amount: money(amountKopecks) }),
    discount: (until, kopecks) =>
      t('discount', { days: DISCOUNT_DAYS, until: date(until), amount: money(kopecks) }),
    due: (deadlines) =>
      t('due', {
        days: PAYMENT_DAYS,
        effectiveOn: date(deadlines.effectiveOn),
        dueBy: date(deadlines.dueBy),
      }),
    appeal: () => t('appeal', { days: APPEAL_DAYS }),
    paid: (paidAt) => t('paid', { date: format.dateTime(paidAt, 'long') }),
    money,
    date,
    dateTime: (instant) => format.dateTime(instant, 'dateTime'),
    fileName: (uin) => t('fileName', { uin }),
  };
}

// The texts depend on the language alone: made once per language (loading the messages and a
// translator took about 15 ms of each download's 80).
const texts: Partial<Record<Locale, Promise<DecisionText>>> = {};

/** The постановление's PDF in the reader's language, with the file name to download it as. */
export async function decisionPdf(
  data: DecisionPdfData,
  locale: Locale,
  faces: PdfFaces,
): Promise<{ fileName: string; pdf: Buffer }> {
  const text = await (texts[locale] ??= decisionText(locale));
  return { fileName: text.fileName(data.uin), pdf: await renderDecisionPdf(data, text, faces) };
}
