'use client';

import { StsField } from '@/components/documents/document-fields';
import { LinkForm, type LinkAction } from '@/components/links/link-form';

const linkVehicleSchema = () => import('@/lib/registry/schemas').then((m) => m.linkVehicleSchema);

/** A vehicle is linked by its registration certificate (СТС). */
export function LinkVehicleForm({ action }: { action: LinkAction<'sts'> }) {
  return (
    <LinkForm
      kind="vehicle"
      schema={linkVehicleSchema}
      action={action}
      recordsPath="/cabinet/vehicles"
    >
      {({ register, errorOf, typed }) => (
        <StsField {...register('sts')} error={errorOf('sts')} defaultValue={typed.sts} />
      )}
    </LinkForm>
  );
}
