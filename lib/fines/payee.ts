import type { PayeeDetails } from '@/lib/housing/qr';

/**
 * Where the traffic police's fines in Moscow are paid: the Treasury's account for the МВД's Moscow
 * directorate, with the budget code of fines under chapter 12 of КоАП and Moscow's OKTMO.
 */
export const finePayee: PayeeDetails & { cbc: string; oktmo: string } = {
  name: 'УФК по г. Москве (ГУ МВД России по г. Москве)',
  personalAcc: '03100643000000017300',
  bankName: 'ГУ Банка России по ЦФО//УФК по г. Москве г. Москва',
  bic: '004525988',
  correspAcc: '40102810545370000003',
  payeeInn: '7707089101',
  kpp: '770731005',
  cbc: '18811601121010001140',
  oktmo: '45000000',
};
