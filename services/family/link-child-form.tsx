'use client';

import { BirthCertificateField } from '@/components/documents/document-fields';
import { RepresentativeConfirmation } from '@/components/documents/representative-confirmation';
import { LinkForm, type LinkAction } from '@/components/links/link-form';

const linkChildSchema = () => import('@/lib/registry/schemas').then((m) => m.linkChildSchema);

/** A child is linked by the birth certificate, by someone who confirms they may see the records. */
export function LinkChildForm({
  action,
}: {
  action: LinkAction<'birthCertificate' | 'confirmRepresentative'>;
}) {
  return (
    <LinkForm kind="child" schema={linkChildSchema} action={action} recordsPath="/cabinet/children">
      {({ register, errorOf, typed }) => {
        // The checkbox ties its label to an id of its own: the error summary links to the box around it.
        const { id, ...confirm } = register('confirmRepresentative');
        return (
          <>
            <BirthCertificateField
              {...register('birthCertificate')}
              error={errorOf('birthCertificate')}
              defaultValue={typed.birthCertificate}
            />
            <div id={id}>
              <RepresentativeConfirmation
                {...confirm}
                error={errorOf('confirmRepresentative')}
                defaultValue={typed.confirmRepresentative}
              />
            </div>
          </>
        );
      }}
    </LinkForm>
  );
}
