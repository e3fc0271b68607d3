import type { Role, Viewer } from './roles';

// Authorization as pure functions: who may do what. The DAL and server actions call these;
// pages use them only to decide what to show.

type MaybeViewer = Viewer | null | undefined;

const isStaff = (v: MaybeViewer) => v?.role === 'marketing' || v?.role === 'admin';

/** Residents' own services: linking records, readings, payments. Any signed-in person may use them for themselves. */
export function canUseResidentServices(viewer: MaybeViewer): viewer is Viewer {
  return !!viewer;
}

/** A record linked to a person is visible to that person only. */
export function canSeeOwnedRecord(
  viewer: MaybeViewer,
  ownerId: string | null | undefined,
): boolean {
  return !!viewer && !!ownerId && viewer.id === ownerId;
}

export function canListUsers(viewer: MaybeViewer): boolean {
  return viewer?.role === 'admin';
}

/** Admins change roles of others; never their own (so the last admin cannot lock everyone out by mistake). */
export function canChangeRole(
  viewer: MaybeViewer,
  target: { id: string; role: Role },
  to: Role,
): boolean {
  return viewer?.role === 'admin' && viewer.id !== target.id && target.role !== to;
}

/** Admins see every payment and return a succeeded one's money (a disputed or mistaken payment). */
export function canManagePayments(viewer: MaybeViewer): viewer is Viewer {
  return viewer?.role === 'admin';
}

export function canReadAuditLog(viewer: MaybeViewer): boolean {
  return viewer?.role === 'admin';
}

export function canReadStatistics(viewer: MaybeViewer): boolean {
  return viewer?.role === 'admin';
}

export function canEditPromoPages(viewer: MaybeViewer): boolean {
  return isStaff(viewer);
}

export function canModerateContests(viewer: MaybeViewer): boolean {
  return isStaff(viewer);
}

export function canSeeSignUps(viewer: MaybeViewer): boolean {
  return isStaff(viewer);
}
