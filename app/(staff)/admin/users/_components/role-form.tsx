'use client';

import { startTransition, useActionState, useId, type FormEvent } from 'react';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import type { ChangeRoleState } from '@/lib/admin/schemas';
import { roles, type Role } from '@/lib/auth/roles';
import { changeUserRoleAction } from '../actions';

const idle: ChangeRoleState = { status: 'idle' };

// A single select of fixed options cannot be mistyped, so there is no client-side schema check
// here (unlike the text forms): the server action validates and answers.
export function RoleForm({
  userId,
  userName,
  currentRole,
}: {
  userId: string;
  userName: string;
  currentRole: Role;
}) {
  const t = useTranslations('admin');
  const tv = useTranslations('validation');
  const [state, formAction, pending] = useActionState(changeUserRoleAction, idle);
  const selectId = useId();
  const messageId = `${selectId}-message`;

  const error =
    state.status === 'error'
      ? state.formError
        ? t(`users.result.${state.formError}`)
        : tv(state.fieldErrors?.role ?? state.fieldErrors?.userId ?? 'invalid')
      : null;
  const success =
    state.status === 'success'
      ? t('users.result.changed', { role: t(`roles.${state.role}`) })
      : null;

  // Submitting by hand keeps React from resetting the form after the action, which would put the
  // select back to the role the page was first rendered with. Without JS the form posts as usual.
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => formAction(formData));
  };

  return (
    <form action={formAction} onSubmit={onSubmit} className="flex flex-col gap-2">
      <input type="hidden" name="userId" value={userId} />
      <div className="flex flex-wrap items-end gap-2">
        <div className="flex flex-col gap-1">
          <label htmlFor={selectId} className="text-sm font-medium">
            {t('users.role')}
            <span className="sr-only">: {userName}</span>
          </label>
          <select
            id={selectId}
            name="role"
            defaultValue={currentRole}
            aria-invalid={error ? true : undefined}
            aria-describedby={error || success ? messageId : undefined}
            className="min-h-11 rounded-md border border-slate-400 bg-white px-3 py-2 text-base aria-invalid:border-accent-600"
          >
            {roles.map((role) => (
              <option key={role} value={role}>
                {t(`roles.${role}`)}
              </option>
            ))}
          </select>
        </div>
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending ? t('users.saving') : t('users.save')}
          <span className="sr-only">: {userName}</span>
        </Button>
      </div>
      <p
        id={messageId}
        role={error ? 'alert' : 'status'}
        className={`text-sm font-medium ${error ? 'text-accent-600' : 'text-green-800'}`}
      >
        {error ?? success}
      </p>
    </form>
  );
}
