import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { NextIntlClientProvider } from 'next-intl';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { AdminNav } from '@/app/(staff)/admin/_components/admin-nav';
import { RoleForm } from '@/app/(staff)/admin/users/_components/role-form';
import type { ChangeRoleState } from '@/lib/admin/schemas';
import admin from '@/lib/i18n/messages/ru/admin.json';
import validation from '@/lib/i18n/messages/ru/validation.json';

const { changeUserRoleAction } = vi.hoisted(() => ({
  changeUserRoleAction: vi.fn<(s: ChangeRoleState, f: FormData) => Promise<ChangeRoleState>>(),
}));
vi.mock('@/app/(staff)/admin/users/actions', () => ({ changeUserRoleAction }));

const pathname = vi.hoisted(() => ({ current: '/admin/users' }));
vi.mock('next/navigation', () => ({ usePathname: () => pathname.current }));

const inRussian = (ui: React.ReactNode) =>
  render(
    <NextIntlClientProvider locale="ru" timeZone="Europe/Moscow" messages={{ admin, validation }}>
      {ui}
    </NextIntlClientProvider>,
  );

const USER_ID = '6f1c2a7e-8d4b-4c3a-9e2f-1a2b3c4d5e6f';

describe('the role form', () => {
  beforeEach(() => changeUserRoleAction.mockReset());

  it('sends the chosen role for that user, confirms it in words and keeps it selected', async () => {
    changeUserRoleAction.mockResolvedValue({ status: 'success', role: 'marketing' });
    inRussian(
      <RoleForm userId={USER_ID} userName="Петров Олег Николаевич" currentRole="resident" />,
    );
    const select = screen.getByRole('combobox', { name: /Роль.*Петров Олег Николаевич/ });
    expect(select).toHaveValue('resident');

    await userEvent.selectOptions(select, 'Маркетинг');
    await userEvent.click(screen.getByRole('button', { name: /Изменить роль/ }));

    expect(await screen.findByRole('status')).toHaveTextContent('Роль изменена: Маркетинг.');
    expect(select).toHaveValue('marketing');
    const sent = changeUserRoleAction.mock.calls[0]![1];
    expect(sent.get('userId')).toBe(USER_ID);
    expect(sent.get('role')).toBe('marketing');
  });

  it('explains a refusal next to the select', async () => {
    changeUserRoleAction.mockResolvedValue({ status: 'error', formError: 'unchanged' });
    inRussian(<RoleForm userId={USER_ID} userName="Петров Олег Николаевич" currentRole="admin" />);
    await userEvent.click(screen.getByRole('button', { name: /Изменить роль/ }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('У пользователя уже эта роль. Выберите другую.');
    const select = screen.getByRole('combobox');
    expect(select).toHaveAttribute('aria-invalid', 'true');
    expect(select).toHaveAccessibleDescription('У пользователя уже эта роль. Выберите другую.');
  });

  it('shows a forged role value as an invalid choice', async () => {
    changeUserRoleAction.mockResolvedValue({ status: 'error', fieldErrors: { role: 'invalid' } });
    inRussian(<RoleForm userId={USER_ID} userName="Петров Олег Николаевич" currentRole="admin" />);
    await userEvent.click(screen.getByRole('button', { name: /Изменить роль/ }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Неверное значение');
  });
});

describe('the administration navigation', () => {
  const links = [
    { href: '/admin/users', label: 'Пользователи и роли' },
    { href: '/admin/audit', label: 'Журнал действий' },
  ];

  it('marks the section the admin is in', () => {
    pathname.current = '/admin/audit';
    inRussian(<AdminNav label="Разделы администрирования" links={links} />);
    const nav = screen.getByRole('navigation', { name: 'Разделы администрирования' });
    expect(nav).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Журнал действий' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(screen.getByRole('link', { name: 'Пользователи и роли' })).not.toHaveAttribute(
      'aria-current',
    );
  });
});
