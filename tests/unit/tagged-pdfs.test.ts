import { describe, expect, it } from 'vitest';
import { discountedKopecks, fineDeadlines, makeUin } from '@/lib/fines';
import { decisionPdf, type DecisionPdfData } from '@/lib/fines/decision-pdf';
import { epdPdf, type EpdPdfData } from '@/lib/housing/epd-pdf';
import { loadMessages } from '@/lib/i18n/messages';
import type PaymentsMessages from '@/lib/i18n/messages/ru/payments.json';
import {
  receiptFacts,
  renderReceiptPdf,
  renderRefundReceiptPdf,
  type ReceiptPdfData,
} from '@/lib/payments/receipt-pdf';
import { pdfFaces } from '@/server/pdf/fonts';
import { readOrder, readTaggedPdf, textsOf, type TaggedPdf } from '../setup/tagged-pdf';

// The portal's PDFs are tagged (decision 023): a screen reader gets their language, their title and
// their text in the order a person reads the page, tables as tables, the QR code as a described figure.

function expectTagged(pdf: TaggedPdf, lang: string, title: string) {
  expect(pdf.marked).toBe(true);
  expect(pdf.hasStructTree).toBe(true);
  expect(pdf.lang).toBe(lang);
  expect(pdf.title).toBe(title);
  expect(pdf.displayDocTitle).toBe(true);
  // Everything on the page is read or declared decoration.
  expect(pdf.unmarked).toEqual([]);
}

const epd: EpdPdfData = {
  period: '2014-11-01',
  apartment: {
    payerCode: '7701000015',
    ownerName: 'Смирнова Елена Павловна',
    district: 'Хамовники',
    building: 'ул. Льва Толстого, д. 16',
    flat: '15',
    areaM2: '54.30',
    registeredResidents: 3,
  },
  lines: [
    {
      service: 'cold_water',
      zone: 1,
      zones: 1,
      volume: '6.500',
      kopecksPerUnit: 4_981,
      chargeKopecks: 32_377,
      basis: 'reading',
    },
    {
      service: 'electricity',
      zone: 1,
      zones: 2,
      volume: '120.000',
      kopecksPerUnit: 753,
      chargeKopecks: 90_360,
      basis: 'reading',
    },
    {
      service: 'heating',
      zone: 1,
      zones: 1,
      volume: '54.300',
      kopecksPerUnit: 4_120,
      chargeKopecks: 223_716,
      basis: 'area',
    },
  ],
  chargedKopecks: 346_453,
  debtKopecks: 12_345,
  totalKopecks: 358_798,
  dueDate: '2014-12-10',
};

describe('the ЕПД as a tagged PDF', () => {
  it('says it is Russian, names itself, and marks every mark on the page', async () => {
    const { pdf } = await epdPdf(epd, 'ru', pdfFaces());
    expectTagged(await readTaggedPdf(pdf), 'ru', 'Единый платёжный документ 7701000015 2014-11');
  });

  it('reads the title, the payer, the payee, the charges, then the total and the QR code', async () => {
    const { reading } = await readTaggedPdf((await epdPdf(epd, 'ru', pdfFaces())).pdf);

    expect(
      readOrder(reading, [
        'Единый платёжный документ',
        'за ноябрь 2014 г.',
        'Плательщик',
        'Код плательщика',
        '7701000015',
        'Смирнова Елена Павловна',
        'Получатель платежа',
        'ГБУ города Москвы «ЕИРЦ Мой город»',
        'Начисления',
        'Услуга',
        'Холодное водоснабжение',
        'Отопление',
        'Итого к оплате',
        '3 587,98 ₽',
      ]),
    ).toEqual([
      'Единый платёжный документ',
      'за ноябрь 2014 г.',
      'Плательщик',
      'Код плательщика',
      '7701000015',
      'Смирнова Елена Павловна',
      'Получатель платежа',
      'ГБУ города Москвы «ЕИРЦ Мой город»',
      'Начисления',
      'Услуга',
      'Холодное водоснабжение',
      'Отопление',
      'Итого к оплате',
      '3 587,98 ₽',
    ]);
    expect(textsOf(reading, 'H1')).toEqual(['Единый платёжный документ']);
    expect(textsOf(reading, 'H2')).toEqual(['Плательщик', 'Получатель платежа', 'Начисления']);
    // A field is a list item: its label, then its value.
    const code = reading.findIndex((e) => e.text === '7701000015');
    expect(reading[code - 1]).toMatchObject({ role: 'Lbl', text: 'Код плательщика' });
    expect(reading[code]!.path).toBe('Document/Sect/L/LI/LBody');
    // The QR code is a figure whose alternative text says what paying by it pays, and comes last.
    const figure = reading.at(-1)!;
    expect(figure.role).toBe('Figure');
    expect(figure.text).toContain('Оплата по QR-коду');
    expect(figure.text).toContain('7701000015');
    expect(figure.text).toContain('3 587,98 ₽');
  });

  it('gives the charges as a table: a header row of column heads, then a row per charge', async () => {
    const { reading } = await readTaggedPdf((await epdPdf(epd, 'ru', pdfFaces())).pdf);
    const cells = reading.filter((e) => e.path.startsWith('Document/Sect/Table/TR/'));

    expect(textsOf(cells, 'TH')).toEqual([
      'Услуга',
      'Основание',
      'Объём',
      'Тариф, за ед.',
      'Начислено',
    ]);
    expect(cells.slice(0, 5).every((e) => e.role === 'TH')).toBe(true);
    expect(cells.slice(5).map((e) => e.text)).toEqual([
      'Холодное водоснабжение',
      'по показаниям',
      '6,5 м³',
      '49,81 ₽',
      '323,77 ₽',
      'Электроэнергия (день, T1)',
      'по показаниям',
      '120 кВт·ч',
      '7,53 ₽',
      '903,60 ₽',
      'Отопление',
      'по площади',
      '54,3 м²',
      '41,20 ₽',
      '2 237,16 ₽',
    ]);
    // The totals are read after the table, not among its rows.
    const afterTable = reading.slice(reading.indexOf(cells.at(-1)!) + 1);
    const totals = [
      'Начислено за период',
      '3 464,53 ₽',
      'Долг (+) или переплата (−) за прошлые периоды',
      '123,45 ₽',
      'Итого к оплате',
      '3 587,98 ₽',
      'Оплатить до',
      '10 декабря 2014 г.',
    ];
    expect(readOrder(afterTable, totals)).toEqual(totals);
  });

  it('reads a table that runs onto a second page on in order, every row tagged', async () => {
    const many = Array.from({ length: 40 }, (_, i) => ({
      ...epd.lines[0]!,
      volume: `${i + 1}.000`,
    }));
    const read = await readTaggedPdf((await epdPdf({ ...epd, lines: many }, 'ru', pdfFaces())).pdf);

    expect(read.unmarked).toEqual([]);
    const volumes = read.reading.filter((e) => e.role === 'TD' && e.text.endsWith('м³'));
    expect(volumes.map((e) => e.text)).toEqual(many.map((_, i) => `${i + 1} м³`));
    expect(read.reading.at(-1)!.role).toBe('Figure');
  });

  it('says it is English for an English reader', async () => {
    const read = await readTaggedPdf((await epdPdf(epd, 'en', pdfFaces())).pdf);
    expectTagged(read, 'en', 'Unified payment document 7701000015 2014-11');
    expect(textsOf(read.reading, 'H2')).toEqual(['Payer', 'Payee', 'Charges']);
  });
});

const uin = makeUin('1881017714000000123');
const decision: DecisionPdfData = {
  uin,
  decisionNumber: uin,
  article: '12.9 ч.2',
  decisionDate: '2015-03-03',
  amountKopecks: 50_000,
  deadlines: fineDeadlines('2015-03-03', '12.9 ч.2'),
  discountedKopecks: discountedKopecks(50_000),
  articleTitle: 'Превышение скорости на 20–40 км/ч',
  place: 'МКАД, 41-й км, внешняя сторона',
  offenceAt: new Date('2015-03-01T21:42:00Z'),
  camera: 'Стрелка-СТ № КВ0417',
  officer: null,
  plate: 'А123ВС77',
  vehicleModel: 'Kia Rio',
  ownerName: 'Смирнова Елена Павловна',
  licenceNumber: null,
  holderName: null,
  paidAt: new Date('2015-03-10T22:15:00Z'),
};

describe('the decision (постановление) as a tagged PDF', () => {
  it('says it is Russian and names itself by its number', async () => {
    const { pdf } = await decisionPdf(decision, 'ru', pdfFaces());
    expectTagged(
      await readTaggedPdf(pdf),
      'ru',
      `ПОСТАНОВЛЕНИЕ №\u00a0${uin} по делу об административном правонарушении`,
    );
  });

  it('reads the heading and the paid stamp, each section under its heading, then the terms', async () => {
    const { reading } = await readTaggedPdf((await decisionPdf(decision, 'ru', pdfFaces())).pdf);
    const ruling = reading.find((e) => e.text.startsWith('Постановил:'))!.text;
    const due = reading.find((e) => e.text.startsWith('Постановление вступает'))!.text;
    const footer = 'Электронная копия постановления, сформированная порталом «Мой город».';
    const order = [
      'ГИБДД ГУ МВД России по г. Москве',
      `ПОСТАНОВЛЕНИЕ № ${uin}`,
      '3 марта 2015 г.',
      'Оплачен 11 марта 2015 г.',
      'Постановление вынесено',
      'Лицо, привлечённое к ответственности',
      'Собственник (владелец) транспортного средства',
      'Смирнова Елена Павловна',
      'Транспортное средство',
      'А123ВС77',
      'Правонарушение',
      ruling,
      'Реквизиты для уплаты штрафа',
      'УИН',
      uin,
      due,
      footer,
    ];

    expect(readOrder(reading, order)).toEqual(order);
    expect(textsOf(reading, 'H1')).toEqual([`ПОСТАНОВЛЕНИЕ № ${uin}`]);
    expect(textsOf(reading, 'H2')).toEqual([
      'Постановление вынесено',
      'Лицо, привлечённое к ответственности',
      'Транспортное средство',
      'Правонарушение',
      'Реквизиты для уплаты штрафа',
    ]);
    const owner = reading.findIndex((e) => e.text === 'Смирнова Елена Павловна');
    expect(reading[owner - 1]!.role).toBe('Lbl');
    expect(reading[owner]!.path).toBe('Document/Sect/L/LI/LBody');
  });

  it('says it is English for an English reader', async () => {
    const read = await readTaggedPdf((await decisionPdf(decision, 'en', pdfFaces())).pdf);
    expectTagged(read, 'en', `DECISION No.\u00a0${uin} in a case of an administrative offence`);
    expect(textsOf(read.reading, 'H1')).toEqual([`DECISION No. ${uin}`]);
  });
});

const receipt: ReceiptPdfData = {
  receiptNumber: 'П-20141127-048219375510',
  status: 'Оплачен',
  paidAt: new Date('2014-11-27T21:30:00Z'),
  amountKopecks: 234_567,
  cardLast4: '1111',
  payee: 'ГБУ города Москвы «ЕИРЦ Мой город»',
  items: [{ description: 'ЕПД за ноябрь 2014 г.', amountKopecks: 234_567 }],
};

async function paymentsPdfLabels() {
  const messages = (await loadMessages('ru')) as unknown as { payments: typeof PaymentsMessages };
  return messages.payments;
}

describe('the receipts as tagged PDFs', () => {
  it('a receipt reads its title, its fields, then its items as a table with the total last', async () => {
    const m = await paymentsPdfLabels();
    const read = await readTaggedPdf(await renderReceiptPdf(receipt, m.pdf, pdfFaces()));
    expectTagged(read, 'ru', 'Квитанция об оплате П-20141127-048219375510');
    const order = [
      'Квитанция об оплате',
      'Номер квитанции',
      'П-20141127-048219375510',
      'Оплачен',
      '28 ноября 2014 г. в 00:30',
      'Назначение платежа',
      'ЕПД за ноябрь 2014 г.',
      '2 345,67 ₽',
      'Итого',
    ];

    expect(readOrder(read.reading, order)).toEqual(order);
    // Each row is headed by what it pays for; the total is the table's last row.
    const cells = read.reading.filter((e) => e.path.startsWith('Document/Sect/Table/TR/'));
    expect(cells.map((e) => [e.role, e.text])).toEqual([
      ['TH', 'ЕПД за ноябрь 2014 г.'],
      ['TD', '2 345,67 ₽'],
      ['TH', 'Итого'],
      ['TD', '2 345,67 ₽'],
    ]);
    expect(read.reading.some((e) => e.text.startsWith('Платёж возвращён'))).toBe(false);
  });

  it('a refunded payment’s receipt says so under its title, in Moscow time', async () => {
    const m = await paymentsPdfLabels();
    const refunded = {
      ...receipt,
      status: 'Возвращён',
      // 21:05 UTC on 4 December is past midnight in Moscow.
      refundedAt: new Date('2014-12-04T21:05:00Z'),
    };
    const { reading } = await readTaggedPdf(await renderReceiptPdf(refunded, m.pdf, pdfFaces()));
    const order = [
      'Квитанция об оплате',
      'Платёж возвращён 5 декабря 2014 г. в 00:05',
      'Номер квитанции',
      'Возвращён',
    ];

    expect(readOrder(reading, order)).toEqual(order);
  });

  it('a refund receipt reads what went back, when, and the payment’s number', async () => {
    const m = await paymentsPdfLabels();
    const read = await readTaggedPdf(
      await renderRefundReceiptPdf(
        { ...receipt, refundedAt: new Date('2014-12-04T21:05:00Z') },
        m.refundPdf,
        pdfFaces(),
      ),
    );
    expectTagged(read, 'ru', 'Чек возврата П-20141127-048219375510');
    const order = [
      'Чек возврата',
      'Дата и время возврата',
      '5 декабря 2014 г. в 00:05',
      'Номер квитанции платежа',
      'П-20141127-048219375510',
      'Что возвращено',
      'ЕПД за ноябрь 2014 г.',
      'Итого возвращено',
    ];

    expect(readOrder(read.reading, order)).toEqual(order);
  });
});

describe('the receipts a payment has', () => {
  const paid = {
    receiptNumber: 'П-20141127-048219375510',
    succeededAt: new Date('2014-11-27T21:30:00Z'),
  };
  const refundedAt = new Date('2014-12-04T21:05:00Z');

  it.each([
    [
      'succeeded',
      paid,
      null,
      { receiptNumber: paid.receiptNumber, paidAt: paid.succeededAt, refundedAt: null },
    ],
    [
      'refunded',
      paid,
      refundedAt,
      { receiptNumber: paid.receiptNumber, paidAt: paid.succeededAt, refundedAt },
    ],
    ['pending', { receiptNumber: null, succeededAt: null }, null, null],
    ['declined', { receiptNumber: null, succeededAt: null }, null, null],
    ['expired', { receiptNumber: null, succeededAt: null }, null, null],
  ] as const)('a %s payment: %o', (status, facts, refunded, expected) => {
    expect(receiptFacts({ status, ...facts, refundedAt: refunded })).toEqual(expected);
  });
});
