import 'server-only';
import { housingUsage } from '@/lib/housing/usage';
import { linkKinds, type ServiceModule } from '@/services/types';
import { apartmentLink } from './link';
import { housingDueSource } from './due';
import { epdJob } from './jobs';
import { epdPayable } from './payable';

// Housing and utilities: meter readings, the monthly ЕПД and paying it. What it adds to the shared
// parts of the portal, in one place (docs/decisions/020).

export const housing = {
  name: 'housing',
  opens: ['water-meter-readings', 'electricity-meter-readings', 'epd', 'housing-payments'],
  usage: housingUsage,
  payables: { epd: epdPayable },
  due: housingDueSource,
  jobs: [epdJob],
  links: linkKinds(apartmentLink),
} satisfies ServiceModule;

export { epdJob };
