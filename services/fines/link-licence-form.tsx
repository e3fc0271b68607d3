'use client';

import { useMemo } from 'react';
import { LicenceIssueDateField, LicenceNumberField } from '@/components/documents/document-fields';
import { LinkForm, type LinkAction } from '@/components/links/link-form';

/** A driving licence is linked only when its number and its date of issue both match. */
export function LinkLicenceForm({ action }: { action: LinkAction<'number' | 'issuedOn'> }) {
  // The browser's clock only spares a round trip; the server checks the date again by its own.
  const schema = useMemo(() => {
    const now = new Date();
    return () => import('@/lib/fines/licence-schema').then((m) => m.licenceSchema(now));
  }, []);
  return (
    <LinkForm kind="licence" schema={schema} action={action} recordsPath="/cabinet/licences">
      {({ register, errorOf, typed }) => (
        <>
          <LicenceNumberField
            {...register('number')}
            error={errorOf('number')}
            defaultValue={typed.number}
          />
          <LicenceIssueDateField
            {...register('issuedOn')}
            error={errorOf('issuedOn')}
            defaultValue={typed.issuedOn}
          />
        </>
      )}
    </LinkForm>
  );
}
