'use server';

import { revalidatePath } from 'next/cache';
import { changeUserRole } from '@/db/queries/accounts';
import { changeRoleSchema, type ChangeRoleState } from '@/lib/admin/schemas';
import { getViewer } from '@/server/auth/viewer';
import { fieldErrorsOf, formValues } from '@/lib/forms/action-state';

export async function changeUserRoleAction(
  _previous: ChangeRoleState,
  formData: FormData,
): Promise<ChangeRoleState> {
  const viewer = await getViewer();
  const parsed = changeRoleSchema.safeParse(formValues(formData, 100));
  if (!parsed.success) return { status: 'error', fieldErrors: fieldErrorsOf(parsed.error) };
  const { userId, role } = parsed.data;
  // The DAL decides who may do this; without an admin session it answers notFound.
  const result = await changeUserRole(viewer, userId, role);
  if (!result.ok) {
    if (result.error === 'notFound') return { status: 'error', formError: 'notFound' };
    return { status: 'error', formError: viewer?.id === userId ? 'self' : 'unchanged' };
  }
  revalidatePath('/admin/users');
  revalidatePath('/admin/audit');
  return { status: 'success', role };
}
