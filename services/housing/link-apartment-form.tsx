'use client';

import { FlatField, PayerCodeField } from '@/components/documents/document-fields';
import { LinkForm, type LinkAction } from '@/components/links/link-form';

const linkApartmentSchema = () =>
  import('@/lib/registry/schemas').then((m) => m.linkApartmentSchema);

/** An apartment is linked by the payer code and the flat number printed on its ЕПД. */
export function LinkApartmentForm({ action }: { action: LinkAction<'payerCode' | 'flat'> }) {
  return (
    <LinkForm
      kind="apartment"
      schema={linkApartmentSchema}
      action={action}
      recordsPath="/cabinet/apartments"
    >
      {({ register, errorOf, typed }) => (
        <>
          <PayerCodeField
            {...register('payerCode')}
            error={errorOf('payerCode')}
            defaultValue={typed.payerCode}
          />
          <FlatField {...register('flat')} error={errorOf('flat')} defaultValue={typed.flat} />
        </>
      )}
    </LinkForm>
  );
}
