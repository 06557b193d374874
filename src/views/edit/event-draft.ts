// An event as the edit dialog holds it while the analyst changes it, and the corrections it becomes: an edit
// carries only the fields that changed, an addition all of them.
import type { CorrectedDate, CorrectionOf, EventAnchor } from '../../schema/corrections';
import type { DatasetEvent, DatePrecision, EventType } from '../../schema/dataset';
import type { CorrectionRequest } from '../../store/corrections';

export interface EventDraft {
  type: EventType | null;
  /** An ISO day inside the period meant, or '' for undated. */
  day: string;
  precision: DatePrecision;
  participants: string[];
  /** Free text; '' for no place. */
  location: string;
  planned: boolean;
}

export function draftOfEvent(e: DatasetEvent): EventDraft {
  return {
    type: e.type,
    day: e.date?.start ?? '',
    precision: e.date?.precision ?? 'day',
    participants: [...new Set(e.participants)],
    location: e.location ?? '',
    planned: e.planned,
  };
}

/** The anchor a correction finds the event by, taken from the event as it is shown. */
export function anchorOfEvent(e: DatasetEvent): EventAnchor {
  return { id: e.id, type: e.type, participants: e.participants, day: e.date?.start ?? null, passageIds: e.passageIds };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The period a day stands for at a precision: a month is its first to its last day, a year 1 Jan to 31 Dec. */
export function dateOfDraft({ day, precision }: Pick<EventDraft, 'day' | 'precision'>): CorrectedDate | null {
  if (!day) return null;
  const [year, month] = day.split('-').map(Number);
  if (precision === 'year') return { start: `${year}-01-01`, end: `${year}-12-31`, precision };
  if (precision === 'month') {
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return { start: `${year}-${pad(month)}-01`, end: `${year}-${pad(month)}-${pad(last)}`, precision };
  }
  return { start: day, end: day, precision };
}

const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));

/** What a new event still lacks before it can be saved (none: it can). */
export type DraftProblem = 'type' | 'participants' | 'passages';

export function problemsOfNewEvent(draft: EventDraft, passageIds: string[]): DraftProblem[] {
  const problems: DraftProblem[] = [];
  if (!draft.type) problems.push('type');
  if (draft.participants.length === 0) problems.push('participants');
  if (passageIds.length === 0) problems.push('passages');
  return problems;
}

/** The 'event.edit' for what changed from `before` (null when nothing did). */
export function editRequest(e: DatasetEvent, before: EventDraft, after: EventDraft, reason: string): CorrectionRequest | null {
  const changes: Partial<Pick<CorrectionOf<'event.edit'>, 'type' | 'date' | 'participants' | 'location' | 'planned'>> = {};
  if (after.type && after.type !== before.type) changes.type = after.type;
  // Compared as typed, not as periods: an extracted range of days, left alone, is not rewritten as one day.
  if (after.day !== before.day || after.precision !== before.precision) changes.date = dateOfDraft(after);
  if (!sameList(after.participants, before.participants)) changes.participants = after.participants;
  if (after.location.trim() !== before.location.trim()) changes.location = after.location.trim() || null;
  if (after.planned !== before.planned) changes.planned = after.planned;
  if (Object.keys(changes).length === 0) return null;
  return { kind: 'event.edit', event: anchorOfEvent(e), ...changes, ...withReason(reason) };
}

/** The 'event.add' for a complete draft (see problemsOfNewEvent). */
export function addRequest(draft: EventDraft & { type: EventType }, passageIds: string[], reason: string): CorrectionRequest {
  return {
    kind: 'event.add',
    type: draft.type,
    participants: draft.participants,
    date: dateOfDraft(draft),
    location: draft.location.trim() || null,
    planned: draft.planned,
    passageIds,
    ...withReason(reason),
  };
}

/** The optional reason, left out when blank. */
export function withReason(reason: string): { reason?: string } {
  const text = reason.trim();
  return text ? { reason: text } : {};
}
