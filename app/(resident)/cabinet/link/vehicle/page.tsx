import { linkVehicleAction } from '../../actions';
import { LinkVehicleForm } from '../../_components/link-vehicle-form';
import { LinkRecordPage, linkPageMetadata } from '../../_components/link-record-page';

export const generateMetadata = () => linkPageMetadata('vehicle');

export default function LinkVehiclePage() {
  return (
    <LinkRecordPage kind="vehicle">
      <LinkVehicleForm action={linkVehicleAction} />
    </LinkRecordPage>
  );
}
