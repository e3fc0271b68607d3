import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { cloneElement, isValidElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { DoctorAndTime } from '@/app/(resident)/health/appointments/_components/slot-picker';
import type { Locale } from '@/lib/i18n/config';

// The doctor and time steps of booking and moving, as the server renders them in each state: the
// server components are awaited here, and next-intl's server API answers from the real messages.

const intl = vi.hoisted(() => ({ locale: 'ru' as 'ru' | 'en' }));

vi.mock('next-intl/server', async () => {
  const { createFormatter, createTranslator } = await import('next-intl');
  const { formats } = await import('@/lib/i18n/formats');
  const { loadMessages } = await import('@/lib/i18n/messages');
  const { timeZone } = await import('@/lib/i18n/config');
  return {
    getTranslations: async (namespace: string) =>
      createTranslator({
        locale: intl.locale,
        messages: await loadMessages(intl.locale),
        namespace: namespace as never,
        formats,
        timeZone,
      }),
    getFormatter: async () => createFormatter({ locale: intl.locale, formats, timeZone }),
  };
});

// Without the app router a link would navigate jsdom away; here it only reports its click.
vi.mock('next/link', () => ({
  default: ({
    href,
    scroll: _scroll,
    onClick,
    ...props
  }: React.ComponentProps<'a'> & { href: string; scroll?: boolean }) => (
    <a
      href={href}
      {...props}
      onClick={(e) => {
        onClick?.(e);
        e.preventDefault();
      }}
    />
  ),
}));

/** A server component tree with every async component awaited, ready for the DOM renderer. */
async function resolve(node: React.ReactNode): Promise<React.ReactNode> {
  if (Array.isArray(node)) return Promise.all(node.map(resolve));
  if (!isValidElement<{ children?: React.ReactNode }>(node)) return node;
  const { type, props } = node;
  if (typeof type === 'function' && type.constructor.name === 'AsyncFunction')
    return resolve(await (type as (p: unknown) => Promise<React.ReactNode>)(props));
  if (props.children === undefined) return node;
  return Array.isArray(props.children)
    ? cloneElement(node, undefined, ...(await Promise.all(props.children.map(resolve))))
    : cloneElement(node, undefined, await resolve(props.children));
}

const doctors = [
  {
    id: 'd1',
    fullName: 'Соколова Анна Викторовна',
    room: '204',
    firstFree: new Date('2014-12-15T06:00:00Z'),
    freeCount: 40,
  },
  {
    id: 'd2',
    fullName: 'Петров Игорь Сергеевич',
    room: '210',
    firstFree: new Date('2014-12-15T11:00:00Z'),
    freeCount: 36,
  },
];
const days = ['2014-12-15', '2014-12-16', '2014-12-17'].map((day) => ({ day, count: 12 }));
const slots = [
  { id: 's1', start: new Date('2014-12-16T06:00:00Z') },
  { id: 's2', start: new Date('2014-12-16T06:15:00Z') },
];

/** The steps with `chosenId` chosen (or none), in `locale`, as the booking page draws them. */
async function steps(chosenId: string | undefined, locale: Locale = 'ru', among = doctors) {
  intl.locale = locale;
  return resolve(
    <DoctorAndTime
      doctors={among}
      chosenId={chosenId}
      unknownDoctor={false}
      error={null}
      hrefs={{
        doctor: (doctor) => `/book?doctor=${doctor}`,
        doctors: '/book?choose=doctor',
        day: (doctor, day) => `/book?doctor=${doctor}&day=${day}`,
      }}
      days={chosenId ? days : []}
      shownDay={chosenId ? '2014-12-16' : null}
      slots={chosenId ? slots : []}
      action={vi.fn<(formData: FormData) => Promise<void>>()}
      fields={{ patient: 'self', specialty: 'therapist' }}
    />,
  );
}

describe('the doctor and time steps', () => {
  it('lists the doctors until one is chosen, each a link to their free times', async () => {
    render(await steps(undefined));
    const list = screen.getByRole('region', { name: 'Выберите врача' });
    const links = within(list).getAllByRole('link');
    expect(links.map((l) => l.getAttribute('href'))).toEqual([
      '/book?doctor=d1#step-time',
      '/book?doctor=d2#step-time',
    ]);
    expect(links[0]).toHaveTextContent('Соколова Анна Викторовна, кабинет 204');
    expect(screen.queryByRole('region', { name: /^Свободное время/ })).not.toBeInTheDocument();
  });

  it('once a doctor is chosen, shows them and their times in place of the list, with a way back', async () => {
    render(await steps('d1'));
    expect(screen.queryByRole('region', { name: 'Выберите врача' })).not.toBeInTheDocument();
    expect(screen.queryByText(/Петров/)).not.toBeInTheDocument();
    const times = screen.getByRole('region', { name: /^Свободное время/ });
    expect(within(times).getByRole('heading', { level: 2 })).toHaveTextContent(
      'Соколова Анна Викторовна, кабинет 204',
    );
    expect(within(times).getByRole('link', { name: 'Выбрать другого врача' })).toHaveAttribute(
      'href',
      '/book?choose=doctor#step-doctor',
    );
    const dayLinks = within(
      within(times).getByRole('navigation', { name: 'Дни со свободным временем' }),
    ).getAllByRole('link');
    expect(dayLinks).toHaveLength(3);
    expect(dayLinks[1]).toHaveAttribute('aria-current', 'date');
    expect(dayLinks[1]).toHaveAttribute('href', '/book?doctor=d1&day=2014-12-16#step-time');
    expect(
      within(times)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['09:00', '09:15']);
  });

  it('sends the chosen doctor with the pressed time', async () => {
    render(await steps('d1'));
    const form = screen.getByRole('button', { name: '09:15' }).closest('form')!;
    expect(Object.fromEntries(new FormData(form))).toEqual({
      patient: 'self',
      specialty: 'therapist',
      doctor: 'd1',
      day: '2014-12-16',
    });
  });

  it('offers no other doctor where there is only one', async () => {
    render(await steps('d1', 'ru', doctors.slice(0, 1)));
    expect(screen.getByRole('heading', { name: /^Свободное время/ })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Выбрать другого врача' })).not.toBeInTheDocument();
  });

  it('moves focus to the free times when a doctor is pressed, and back to the list', async () => {
    const { rerender } = render(await steps(undefined));
    await userEvent.click(screen.getByRole('link', { name: /Петров Игорь Сергеевич/ }));
    // The page the link leads to, as the router renders it in place of this one.
    const chosen = await steps('d2');
    act(() => rerender(chosen));
    expect(screen.getByRole('heading', { name: /^Свободное время/ })).toHaveFocus();

    await userEvent.click(screen.getByRole('link', { name: 'Выбрать другого врача' }));
    const list = await steps(undefined);
    act(() => rerender(list));
    expect(screen.getByRole('heading', { name: 'Выберите врача' })).toHaveFocus();
  });

  it('leaves focus alone when the times appear without a doctor being pressed', async () => {
    render(await steps('d1'));
    expect(screen.getByRole('heading', { name: /^Свободное время/ })).not.toHaveFocus();
  });

  it('speaks English', async () => {
    render(await steps('d2', 'en'));
    const times = screen.getByRole('region', { name: /^Free times/ });
    expect(within(times).getByRole('heading', { level: 2 })).toHaveTextContent(
      'Петров Игорь Сергеевич, room 210',
    );
    expect(within(times).getByRole('link', { name: 'Choose another doctor' })).toBeInTheDocument();
    expect(
      within(times).getByRole('navigation', { name: 'Days with free times' }),
    ).toBeInTheDocument();
  });
});
