import 'server-only';
import { finesUsage } from '@/lib/fines/usage';
import { linkKinds, type ServiceModule } from '@/services/types';
import { licenceLink, vehicleLink } from './links';
import { finesDueSource } from './due';
import { fineNoticesJob } from './jobs';
import { finePayable } from './payable';

// Traffic fines: what they add to the shared parts of the portal, in one place.

export const fines = {
  name: 'fines',
  opens: ['traffic-fines'],
  usage: finesUsage,
  payables: { fine: finePayable },
  due: finesDueSource,
  jobs: [fineNoticesJob],
  links: linkKinds(vehicleLink, licenceLink),
  notifications: [
    'newFine',
    'vehicleLinked',
    'vehicleUnlinked',
    'licenceLinked',
    'licenceUnlinked',
  ],
} satisfies ServiceModule;
