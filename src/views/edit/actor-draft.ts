// An actor as the edit dialog holds it, and the 'actor.edit' it becomes: only the fields that changed.
import type { Actor, ActorRole } from '../../schema/dataset';
import type { CorrectionRequest } from '../../store/corrections';
import { withReason } from './event-draft';

export interface ActorDraft {
  name: { en: string; ar: string };
  shortName: { en: string; ar: string };
  /** A country code as the dataset writes them ('IR', 'HEZBOLLAH'), or '' for none. */
  country: string;
  roles: ActorRole[];
}

export const draftOfActor = (a: Actor): ActorDraft => ({
  name: { ...a.name },
  shortName: { ...a.shortName },
  country: a.country ?? '',
  roles: a.roles.map((r) => ({ ...r, title: { ...r.title } })),
});

export const emptyRole = (country: string): ActorRole => ({ title: { en: '', ar: '' }, role: '', country, from: null, to: null });

const trimmed = (b: { en: string; ar: string }) => ({ en: b.en.trim(), ar: b.ar.trim() });
const sameNames = (a: { en: string; ar: string }, b: { en: string; ar: string }) => a.en.trim() === b.en.trim() && a.ar.trim() === b.ar.trim();
const cleanRole = (r: ActorRole): ActorRole => ({ ...r, title: trimmed(r.title), role: r.role.trim(), country: r.country.trim().toUpperCase() });

/** The 'actor.edit' for what changed from the actor as shown (null when nothing did). */
export function actorEditRequest(a: Actor, draft: ActorDraft, reason: string): CorrectionRequest | null {
  const changes: { name?: ActorDraft['name']; shortName?: ActorDraft['shortName']; country?: string | null; roles?: ActorRole[] } = {};
  if (!sameNames(draft.name, a.name)) changes.name = trimmed(draft.name);
  if (!sameNames(draft.shortName, a.shortName)) changes.shortName = trimmed(draft.shortName);
  const country = draft.country.trim().toUpperCase() || null;
  if (country !== a.country) changes.country = country;
  const roles = draft.roles.map(cleanRole);
  if (JSON.stringify(roles) !== JSON.stringify(a.roles)) changes.roles = roles;
  if (Object.keys(changes).length === 0) return null;
  return { kind: 'actor.edit', actorId: a.id, ...changes, ...withReason(reason) };
}
