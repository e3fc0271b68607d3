import 'server-only';
import { familyUsage } from '@/lib/family/usage';
import { linkKinds, type ServiceModule } from '@/services/types';
import { childLink } from './link';

// A resident's family: the children they represent, linked by birth certificate. The services for a
// child (the doctor, and the school's to come) are each their own module.

export const family = {
  name: 'family',
  usage: familyUsage,
  links: linkKinds(childLink),
} satisfies ServiceModule;
