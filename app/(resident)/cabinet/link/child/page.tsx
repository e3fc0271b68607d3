import { linkChildAction } from '../../actions';
import { LinkChildForm } from '../../_components/link-child-form';
import { LinkRecordPage, linkPageMetadata } from '../../_components/link-record-page';

export const generateMetadata = () => linkPageMetadata('child');

export default function LinkChildPage() {
  return (
    <LinkRecordPage kind="child">
      <LinkChildForm action={linkChildAction} />
    </LinkRecordPage>
  );
}
