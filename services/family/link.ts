import 'server-only';
import { childParams, findChild } from '@/db/queries/child-links';
import { getTranslations } from 'next-intl/server';
import { getChild, linkTable, listLinkedChildren } from '@/db/queries/links';
import { childLinks } from '@/db/schema';
import { childServices } from '@/lib/cabinet/services';
import { linkChildSchema } from '@/lib/registry/schemas';
import type { LinkKind } from '@/services/types';

/** A child, linked by birth certificate by a person confirming they are the legal representative. */
export const childLink: LinkKind<{ birthCertificate: string; confirmRepresentative: true }> = {
  kind: 'child',
  segment: 'children',
  schema: linkChildSchema,
  fields: ['birthCertificate', 'confirmRepresentative'],
  find: findChild,
  table: linkTable(childLinks, childLinks.childId, childLinks.userId),
  params: childParams,
  name: async (viewer, id) => (await getChild(viewer, id))?.fullName ?? null,
  notices: { linked: 'childLinked', unlinked: 'childUnlinked' },
  messages: 'cabinet',
  async cards(viewer) {
    const [list, t] = await Promise.all([listLinkedChildren(viewer), getTranslations('cabinet')]);
    return list.map((c) => ({
      id: c.id,
      name: c.fullName,
      details: [
        c.schoolName
          ? `${c.schoolName}${c.schoolClass ? `, ${t('child.classValue', { schoolClass: c.schoolClass })}` : ''}`
          : t('child.noSchool'),
      ],
      alert: null,
      services: childServices(c),
      link: null,
    }));
  },
  usage: { link: 'link-child', unlink: 'unlink-child' },
  audit: { legalRepresentativeConfirmed: true },
};
