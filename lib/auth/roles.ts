export const roles = ['resident', 'marketing', 'admin'] as const;
export type Role = (typeof roles)[number];

/** The signed-in person as every check sees them. */
export type Viewer = { id: string; role: Role; fullName: string };
