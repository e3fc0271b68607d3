'use server';

import { revalidatePath } from 'next/cache';
import { changeUserRole } from '@/db/queries/accounts';
import { changeRoleSchema, type ChangeRoleState } from '@/lib/admin/schemas';
import { canListUsers } from '@/lib/auth/policy';
import { stateAction } from '@/server/action';

export const changeUserRoleAction = stateAction({
  access: { staff: canListUsers },
  schema: changeRoleSchema,
  maxLength: 100,
  invalid: (fieldErrors): ChangeRoleState => ({ status: 'error', fieldErrors }),
  async handler({ userId, role }, { viewer }): Promise<ChangeRoleState> {
    // The DAL decides again who may change whose role.
    const result = await changeUserRole(viewer, userId, role);
    if (!result.ok) {
      if (result.error === 'notFound') return { status: 'error', formError: 'notFound' };
      return { status: 'error', formError: viewer.id === userId ? 'self' : 'unchanged' };
    }
    revalidatePath('/admin/users');
    revalidatePath('/admin/audit');
    return { status: 'success', role };
  },
});
