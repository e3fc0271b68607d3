import { linkForms } from '@/services/link-forms';
import { describe, expect, it } from 'vitest';
import { services } from '@/lib/catalogue/services';
import en from '@/lib/i18n/messages/en/notifications.json';
import ru from '@/lib/i18n/messages/ru/notifications.json';
import {
  notificationKinds,
  recordKinds,
  serviceJobs,
  serviceModules,
  usageSpecs,
} from '@/services/registry';

// The registry is the one list the shared parts read (docs/decisions/020): what a module declares
// there must hold together, or a payment would be counted under a name the statistics never read, a
// notice would show its fallback title, or two jobs would overwrite each other.

const names = usageSpecs().map((u) => u.name);
const slugs = new Set<string>(services.map((s) => s.slug));

describe('the service registry', () => {
  it('gives every usage name once, each counted for a catalogue service or none', () => {
    expect(new Set(names).size).toBe(names.length);
    for (const spec of usageSpecs()) if (spec.service) expect(slugs).toContain(spec.service);
  });

  it('counts payments and links under usage names their own module declares', () => {
    for (const service of serviceModules) {
      const own = ('usage' in service ? service.usage : []).map((u) => u.name as string);
      const payables = 'payables' in service ? Object.values(service.payables) : [];
      for (const payable of payables) {
        expect(own).toContain(payable.usage);
        const spec = usageSpecs().find((u) => u.name === payable.usage);
        expect(spec?.counts).toBe('payment');
      }
      for (const kind of 'links' in service ? service.links : []) {
        expect(own).toContain(kind.usage.link);
        expect(own).toContain(kind.usage.unlink);
      }
    }
  });

  it('opens only catalogue services, each by one module', () => {
    const opened = serviceModules.flatMap((m) => ('opens' in m ? [...m.opens] : []));
    for (const slug of opened) expect(slugs).toContain(slug);
    expect(new Set(opened).size).toBe(opened.length);
  });

  it('names each job, link kind and link page once', () => {
    const jobs = serviceJobs().map((j) => j.name);
    expect(new Set(jobs).size).toBe(jobs.length);
    const kinds = recordKinds();
    expect(new Set(kinds.map((k) => k.kind)).size).toBe(kinds.length);
    expect(new Set(kinds.map((k) => k.segment)).size).toBe(kinds.length);
  });

  it('has a link form for every kind of record, and no form for a kind that is not there', () => {
    const kinds = recordKinds().map((k) => k.kind);
    expect(Object.keys(linkForms).sort()).toEqual([...kinds].sort());
  });

  it('has a title in both languages for every notification kind a module posts', () => {
    const kinds = [
      ...notificationKinds(),
      ...recordKinds().flatMap((k) => Object.values(k.notices)),
    ];
    for (const kind of kinds) {
      expect(ru.kinds).toHaveProperty(`${kind}.title`);
      expect(en.kinds).toHaveProperty(`${kind}.title`);
    }
  });
});
