import { linkLicenceAction } from '../../actions';
import { LinkLicenceForm } from '../../_components/link-licence-form';
import { LinkRecordPage, linkPageMetadata } from '../../_components/link-record-page';

export const generateMetadata = () => linkPageMetadata('licence');

export default function LinkLicencePage() {
  return (
    <LinkRecordPage kind="licence">
      <LinkLicenceForm action={linkLicenceAction} />
    </LinkRecordPage>
  );
}
