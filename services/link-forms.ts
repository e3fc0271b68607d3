import type { ComponentType } from 'react';
import type { LinkAction } from '@/components/links/link-form';
import { LinkChildForm } from './family/link-child-form';
import { LinkLicenceForm } from './fines/link-licence-form';
import { LinkVehicleForm } from './fines/link-vehicle-form';
import { LinkApartmentForm } from './housing/link-apartment-form';

// The link forms of every link kind, by its `kind`: client components, imported by the link page
// only. Kept out of the registry on purpose: every page that reads the registry would otherwise
// ship every link form, with zod and react-hook-form, to the browser (bench:js). A service that
// adds a link kind adds its form here.

export const linkForms: Readonly<Record<string, ComponentType<{ action: LinkAction<string> }>>> = {
  apartment: LinkApartmentForm,
  vehicle: LinkVehicleForm,
  licence: LinkLicenceForm,
  child: LinkChildForm,
};
