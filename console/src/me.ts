/**
 * Who is signed in and what their role may do (from `GET /v1/auth/me`), shared with every screen so
 * the console shows only the actions the service would accept. The service enforces the same rules;
 * the console only keeps people from reaching for buttons that would be refused.
 */
import { createContext, useContext } from 'react';
import type { Me } from './api-types.ts';

/** The signed-in moderator's `Me`, or null before sign-in. */
export const MeContext = createContext<Me | null>(null);

/** The signed-in moderator's `Me`. */
export function useMe(): Me | null {
  return useContext(MeContext);
}

/** True when the signed-in moderator's role has `permission` (e.g. 'strikes.write'). */
export function useCan(permission: string): boolean {
  return useMe()?.permissions.includes(permission) ?? false;
}

/** A person as the console names them: "Name (email)", else the email, else the id. */
export function personName(p: { id?: string; email?: string | null; name?: string | null } | null | undefined): string {
  if (!p) return 'unknown';
  if (p.name && p.email) return `${p.name} (${p.email})`;
  return p.email ?? p.name ?? p.id ?? 'unknown';
}

/** Age bands in plain words. */
export const AGE_WORDS: Record<string, string> = { under13: 'under 13', '13-17': '13–17', adult: 'adult' };
