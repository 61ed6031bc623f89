/**
 * What each moderator role may do (issue 16). Roles are sets of permissions, not a ladder:
 * - `moderator`: works the leakage queue (release, release redacted, reject), reads everything a
 *   case needs (queues, reviews, conversations, users, audit, statistics), writes notes, uses the
 *   playground. Sees the safeguarding queue but does not decide it (unless the policy allows four
 *   eyes: then a release needs a second, different moderator).
 * - `safeguarding_lead`: everything a moderator does, plus deciding the safeguarding queue, releasing
 *   a safeguarding hold, marking an item "do not release", strikes (add and remove) and opening
 *   sealed originals.
 * - `admin`: accounts, API keys and the policy; reads queues, audit and statistics for oversight,
 *   but decides nothing, opens no original and strikes no one.
 */
import type { ModeratorRole } from './auth.js';
import { forbidden } from './problem.js';

/** One thing a moderator may do. */
export type Permission =
  | 'queues.read'
  | 'reviews.decide.leakage'
  | 'reviews.decide.safeguarding'
  | 'reviews.note'
  | 'reviews.claim'
  | 'cases.search'
  | 'templates.manage'
  | 'reviews.do_not_release'
  | 'originals.open'
  | 'strikes.write'
  | 'users.read'
  | 'conversations.read'
  | 'audit.read'
  | 'stats.read'
  | 'scan'
  | 'accounts.manage'
  | 'keys.manage'
  | 'policy.read';

const READ: Permission[] = ['queues.read', 'users.read', 'conversations.read', 'audit.read', 'stats.read', 'scan'];
const MODERATOR: Permission[] = [...READ, 'reviews.decide.leakage', 'reviews.note', 'reviews.claim', 'cases.search'];

/** The permissions of each role. */
export const ROLE_PERMISSIONS: Readonly<Record<ModeratorRole, readonly Permission[]>> = {
  moderator: MODERATOR,
  safeguarding_lead: [...MODERATOR, 'reviews.decide.safeguarding', 'reviews.do_not_release', 'originals.open', 'strikes.write'],
  admin: [...READ, 'accounts.manage', 'keys.manage', 'policy.read', 'templates.manage'],
};

/** Role names in plain words (problem details, the console). */
export const ROLE_WORDS: Readonly<Record<ModeratorRole, string>> = { moderator: 'moderator', safeguarding_lead: 'safeguarding lead', admin: 'admin' };

/** True when `role` has `permission`. */
export function can(role: ModeratorRole, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role]?.includes(permission) ?? false;
}

/** The roles that have `permission`, in plain words ("a safeguarding lead"). */
function whoCan(permission: Permission): string {
  const roles = (Object.keys(ROLE_PERMISSIONS) as ModeratorRole[]).filter((r) => can(r, permission)).map((r) => ROLE_WORDS[r]);
  return roles.length ? roles.join(' or ') : 'nobody';
}

/** 403 unless `role` has `permission`; the problem says who can. */
export function requirePermission(role: ModeratorRole, permission: Permission, what: string): void {
  if (!can(role, permission)) throw forbidden(`only a ${whoCan(permission)} may ${what}`);
}
