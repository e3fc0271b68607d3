import { linkApartmentAction } from '../../actions';
import { LinkApartmentForm } from '../../_components/link-apartment-form';
import { LinkRecordPage, linkPageMetadata } from '../../_components/link-record-page';

export const generateMetadata = () => linkPageMetadata('apartment');

export default function LinkApartmentPage() {
  return (
    <LinkRecordPage kind="apartment">
      <LinkApartmentForm action={linkApartmentAction} />
    </LinkRecordPage>
  );
}
