// The password's length limits, apart from the schemas so a form can name them without loading zod.
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;
