import { describe, expect, it } from 'vitest';
import { discountedKopecks, fineDeadlines, hasDiscount, makeUin } from '@/lib/fines';
import {
  decisionPdf,
  decisionText,
  renderDecisionPdf,
  type DecisionPdfData,
} from '@/lib/fines/decision-pdf';
import { pdfFaces } from '@/server/pdf/fonts';

/** The document's text, every page, with any run of spaces (pdfkit's, Intl's narrow ones) as one. */
async function textOf(pdf: Buffer): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf) }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  return pages.join(' ').replace(/\s+/gu, ' ');
}

function fine(
  terms: Pick<DecisionPdfData, 'article' | 'decisionDate' | 'amountKopecks'>,
): Pick<
  DecisionPdfData,
  'article' | 'decisionDate' | 'amountKopecks' | 'deadlines' | 'discountedKopecks'
> {
  return {
    ...terms,
    deadlines: fineDeadlines(terms.decisionDate, terms.article),
    discountedKopecks: hasDiscount(terms.article) ? discountedKopecks(terms.amountKopecks) : null,
  };
}

const cameraUin = makeUin('1881017714000000123');
const byCamera: DecisionPdfData = {
  uin: cameraUin,
  decisionNumber: cameraUin,
  // Tuesday 3 March 2015: effective on the 14th, discount until the 23rd, due by 13 May.
  ...fine({ article: '12.9 ч.2', decisionDate: '2015-03-03', amountKopecks: 50_000 }),
  articleTitle: 'Превышение скорости на 20–40 км/ч',
  place: 'МКАД, 41-й км, внешняя сторона',
  // 21:42 UTC on 1 March is 00:42 on 2 March in Moscow.
  offenceAt: new Date('2015-03-01T21:42:00Z'),
  camera: 'Стрелка-СТ № КВ0417',
  officer: null,
  plate: 'А123ВС77',
  vehicleModel: 'Kia Rio',
  ownerName: 'Смирнова Елена Павловна',
  licenceNumber: null,
  holderName: null,
  paidAt: null,
};

const officerUin = makeUin('1881007714000000456');
const byOfficer: DecisionPdfData = {
  ...byCamera,
  uin: officerUin,
  decisionNumber: officerUin,
  ...fine({ article: '12.8 ч.1', decisionDate: '2015-03-03', amountKopecks: 3_000_000 }),
  articleTitle: 'Управление транспортным средством в состоянии опьянения',
  place: 'г. Москва, ул. Покровка, д. 17',
  camera: null,
  officer: 'инспектор ДПС ГИБДД, капитан полиции Сидоров А. В.',
  licenceNumber: '7719123456',
  holderName: 'Кузнецов Игорь Олегович',
};

describe('the decision (постановление) PDF', () => {
  it('names a camera fine by its УИН, the camera, the owner, the car, the Moscow time and the amount', async () => {
    const text = await textOf(
      await renderDecisionPdf(byCamera, await decisionText('ru'), pdfFaces()),
    );

    expect(text).toContain(`ПОСТАНОВЛЕНИЕ № ${cameraUin}`);
    expect(text).toContain('по делу об административном правонарушении');
    expect(text).toContain('3 марта 2015 г.');
    expect(text).toContain('работающего в автоматическом режиме');
    expect(text).toContain('Стрелка-СТ № КВ0417');
    expect(text).toContain('Смирнова Елена Павловна');
    expect(text).toContain('А123ВС77');
    expect(text).toContain('2 марта 2015 г. в 00:42');
    expect(text).toContain('ч. 2 ст. 12.9 КоАП РФ');
    expect(text).toContain('500,00 ₽');
    // Paying it is possible from the document alone: the Treasury's details and the charge's УИН.
    for (const detail of ['7707089101', '770731005', '004525988', '03100643000000017300'])
      expect(text).toContain(detail);
    expect(text).toContain('18811601121010001140');
    expect(text).toContain('45000000');
  });

  it('offers half the fine until the 20th day for an article with the discount', async () => {
    const text = await textOf(
      await renderDecisionPdf(byCamera, await decisionText('ru'), pdfFaces()),
    );

    expect(text).toContain(
      'по 23 марта 2015 г. включительно, штраф может быть уплачен в размере половины суммы: 250,00 ₽',
    );
    expect(text).toContain('ч. 1.3 ст. 32.2 КоАП РФ');
    expect(text).toContain('вступает в законную силу 14 марта 2015 г.');
    expect(text).toContain('по 13 мая 2015 г. включительно');
    expect(text).toContain('в течение 10 дней');
  });

  it('names the officer and the driver, and offers no discount for an article without one', async () => {
    const text = await textOf(
      await renderDecisionPdf(byOfficer, await decisionText('ru'), pdfFaces()),
    );

    expect(text).toContain(`ПОСТАНОВЛЕНИЕ № ${officerUin}`);
    expect(text).toContain('инспектор ДПС ГИБДД, капитан полиции Сидоров А. В.');
    expect(text).not.toContain('автоматическом режиме');
    expect(text).toContain('Кузнецов Игорь Олегович');
    expect(text).toContain('7719123456');
    expect(text).toContain('30 000,00 ₽');
    expect(text).not.toContain('половины суммы');
    expect(text).not.toContain('ч. 1.3 ст. 32.2');
    expect(text).toContain('по 13 мая 2015 г. включительно');
  });

  it('shows when a paid fine was paid, and says nothing of payment on an unpaid one', async () => {
    const ru = await decisionText('ru');
    const paid = { ...byCamera, paidAt: new Date('2015-03-10T22:15:00Z') };
    expect(await textOf(await renderDecisionPdf(paid, ru, pdfFaces()))).toContain(
      'Оплачен 11 марта 2015 г.',
    );
    expect(await textOf(await renderDecisionPdf(byCamera, ru, pdfFaces()))).not.toContain(
      'Оплачен',
    );
  });

  it('reads in English for an English reader, and downloads as postanovlenie-<УИН>.pdf', async () => {
    const { pdf, fileName } = await decisionPdf(byCamera, 'en', pdfFaces());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(fileName).toBe(`postanovlenie-${cameraUin}.pdf`);
    const text = await textOf(pdf);
    expect(text).toContain(`DECISION No. ${cameraUin}`);
    expect(text).toContain('by March 23, 2015 inclusive');
  });

  // The fonts' tables are decoded once per process and shared by every document (lib/pdf-fonts):
  // a document made after others must still carry its whole text, not lose letters they used.
  it('keeps every letter of its text when made after documents in other languages', async () => {
    const [ru, en] = [await decisionText('ru'), await decisionText('en')];
    await renderDecisionPdf(byCamera, ru, pdfFaces());
    await renderDecisionPdf(byCamera, en, pdfFaces());
    const again = await textOf(await renderDecisionPdf(byCamera, en, pdfFaces()));
    expect(again).toContain(`DECISION No. ${cameraUin}`);
    expect(again).toContain('Vehicle Registration plate А123ВС77 Make and model Kia Rio');
    const russian = await textOf(await renderDecisionPdf(byCamera, ru, pdfFaces()));
    expect(russian).toContain('ПОСТАНОВЛЕНИЕ');
    expect(russian).toContain(cameraUin);
  });
});
