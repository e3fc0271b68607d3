'use client';

import { useTranslations } from 'next-intl';
import type { InputHTMLAttributes } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { Field } from '@/components/ui/field';

// The fields of the documents residents type in (in the cabinet's link forms and in the fine
// check), worded once under `documents`. A code or a series is not a word: never autocompleted,
// and where it has letters, no spellcheck and capitals on a phone's keyboard.

/** What a document field takes: what `register(name)` returns, its error in words, what was typed. */
export type DocumentFieldProps = UseFormRegisterReturn & {
  /** Already translated (see useDocumentError). */
  error?: string;
  /** What the person typed, when a page rendered without JavaScript shows it again. */
  defaultValue?: string;
};

/** A document the fine check asks for too. */
type CheckedDocumentFieldProps = DocumentFieldProps & {
  /**
   * The fine check's label, which names the document: the check's forms have no title that does,
   * while a link page is titled by what it links.
   */
  inCheck?: boolean;
};

const inputs = {
  payerCode: { inputMode: 'numeric', maxLength: 20 },
  flat: { maxLength: 10, className: 'max-w-48' },
  sts: { autoCapitalize: 'characters', spellCheck: false, maxLength: 20 },
  licenceNumber: { autoCapitalize: 'characters', spellCheck: false, maxLength: 20 },
  issueDate: { spellCheck: false, maxLength: 12 },
  birthCertificate: { autoCapitalize: 'characters', spellCheck: false, maxLength: 24 },
} satisfies Record<string, InputHTMLAttributes<HTMLInputElement>>;

function DocumentField({
  document,
  inCheck = false,
  ...props
}: CheckedDocumentFieldProps & { document: keyof typeof inputs }) {
  const t = useTranslations(`documents.${document}`);
  return (
    <Field
      label={inCheck ? t('labelInCheck') : t('label')}
      hint={t('hint')}
      autoComplete="off"
      required
      {...inputs[document]}
      {...props}
    />
  );
}

/** The apartment's payer code, printed at the top of the ЕПД. */
export function PayerCodeField(props: DocumentFieldProps) {
  return <DocumentField document="payerCode" {...props} />;
}

/** The flat number, as on the ЕПД (15, 15А). */
export function FlatField(props: DocumentFieldProps) {
  return <DocumentField document="flat" {...props} />;
}

/** The series and number of the vehicle registration certificate (СТС). */
export function StsField(props: CheckedDocumentFieldProps) {
  return <DocumentField document="sts" {...props} />;
}

/** The driving licence's series and number (field 5). */
export function LicenceNumberField(props: CheckedDocumentFieldProps) {
  return <DocumentField document="licenceNumber" {...props} />;
}

/** The driving licence's date of issue (field 4a), as printed or as `YYYY-MM-DD`. */
export function LicenceIssueDateField(props: CheckedDocumentFieldProps) {
  return <DocumentField document="issueDate" {...props} />;
}

/** The child's birth certificate: a Roman series, two Cyrillic letters, six digits. */
export function BirthCertificateField(props: DocumentFieldProps) {
  return <DocumentField document="birthCertificate" {...props} />;
}
