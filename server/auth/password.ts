import 'server-only';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { hash, verify } from '@node-rs/argon2';

// argon2id with the OWASP-recommended minimum (19 MiB, 2 passes, 1 lane).
const options = {
  algorithm: 2 /* Argon2id */,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

// Verifying against this when the login is unknown makes "no such user" take as long as "wrong password".
const DUMMY_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$j6MLB2nAV/A7wCI50tzi1g$NH6iZoXuXL2hNu0XmvCo3HDPvqVrRDqF6efRaGGA4ks';

export async function verifyPassword(
  passwordHash: string | null,
  password: string,
): Promise<boolean> {
  try {
    const ok = await verify(passwordHash ?? DUMMY_HASH, password);
    return passwordHash !== null && ok;
  } catch {
    return false;
  }
}

let common: Set<string> | undefined;

/** True for the ~18,000 most common passwords (the list ships in server/auth/common-passwords.txt). */
export function isCommonPassword(password: string): boolean {
  common ??= new Set(
    readFileSync(path.join(process.cwd(), 'server/auth/common-passwords.txt'), 'utf8').split('\n'),
  );
  return common.has(password.toLowerCase());
}
