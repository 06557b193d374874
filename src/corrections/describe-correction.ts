// What a correction did, in words: what it targets and each change as before → after, in a given language. Read
// from the correction, what became of it on the last build (its outcome's `before`), and the corrected dataset.
// Shared by the corrections panel, the provenance note, the timeline tooltip and the exported slides.
import i18next from '../i18n/i18n';
import { isolate } from '../i18n/bidi';
import { actorName, formatDay } from '../i18n/format';
import { placeName } from '../pipeline/events/event-title';
import type { Correction, CorrectionOutcome, CorrectedDate, EventAnchor } from '../schema/corrections';
import type { ActorRole, EventType } from '../schema/dataset';
import type { DatasetIndex } from '../store/dataset-index';
import type { UiLanguage } from '../store/view-state';

/** One change: `label: before → after`, or `label: value` when there is no before (a deletion, a mark). */
export interface CorrectionChange {
  label: string;
  before?: string;
  after: string;
}

export interface CorrectionDescription {
  /** The actor's name or the event's title it targets (as it is now, or as it was when it is gone). */
  target: string;
  /** What to select to see it; null when it is no longer in the dataset. */
  selects: { kind: 'actor' | 'event'; id: string } | null;
  changes: CorrectionChange[];
}

type Before = Record<string, unknown>;
type Bilingual = { en: string; ar: string };

const isBilingual = (v: unknown): v is Bilingual => typeof v === 'object' && v !== null && 'en' in v && 'ar' in v;
const inLanguage = (name: Bilingual, lang: UiLanguage) => (lang === 'ar' ? name.ar : name.en) || name.en || name.ar;

class Describer {
  private readonly t: (key: string, options?: Record<string, unknown>) => string;

  constructor(
    private readonly index: DatasetIndex,
    private readonly lang: UiLanguage,
    /** Sets a name or title apart from the line around it (bidi isolates on screen; embeddings in a slide deck). */
    private readonly unit: (text: string) => string,
  ) {
    this.t = (key, options) => i18next.t(key, { ns: 'corrections', lng: lang, ...options });
  }

  /** An actor's name: from the dataset, else from a merge or "not a person" that removed it, else its id. */
  actor(id: string): string {
    const a = this.index.actorById.get(id);
    if (a) return this.unit(actorName(a, this.lang));
    const applied = this.index.dataset.corrections;
    for (const c of applied?.corrections ?? []) {
      const before = applied?.outcomes[c.id]?.before;
      const gone = c.kind === 'actor.merge' ? c.from : c.kind === 'actor.notPerson' ? c.actorId : null;
      const name = gone === id ? (before?.from ?? before?.name) : undefined;
      if (isBilingual(name)) return this.unit(inLanguage(name, this.lang));
    }
    return this.unit(id);
  }

  actors(ids: readonly string[]): string {
    return ids.length ? ids.map((id) => this.actor(id)).join(this.t('describe.listSeparator')) : this.t('describe.nobody');
  }

  event(id: string): string | null {
    const e = this.index.eventById.get(id);
    return e ? this.unit(inLanguage(e.title, this.lang)) : null;
  }

  /** An event by its anchor, when it is gone: its type and day. */
  anchor(a: EventAnchor): string {
    return `${this.type(a.type)} (${formatDay(a.day, 'day', this.lang)})`;
  }

  type(type: EventType): string {
    return i18next.t(`eventType.${type}`, { ns: 'explorer', lng: this.lang });
  }

  date(d: CorrectedDate | null | undefined): string {
    if (!d) return formatDay(null, 'day', this.lang);
    if (d.precision === 'day' && d.start !== d.end)
      return i18next.t('date.range', { ns: 'explorer', lng: this.lang, from: formatDay(d.start, 'day', this.lang), to: formatDay(d.end, 'day', this.lang) });
    return formatDay(d.start, d.precision, this.lang);
  }

  place(place: string | null | undefined): string {
    return place ? this.unit(placeName(place, this.lang)) : this.t('describe.noPlace');
  }

  roles(roles: ActorRole[] | undefined): string {
    return roles?.length ? roles.map((r) => this.unit(inLanguage(r.title, this.lang))).join(this.t('describe.listSeparator')) : this.t('describe.none');
  }

  mention(text: string, passageId: string): string {
    return this.t('describe.mention', { text: this.unit(text), passage: passageId });
  }

  describe(c: Correction, outcome: CorrectionOutcome | undefined): CorrectionDescription {
    const before: Before = outcome?.status === 'applied' ? (outcome.before ?? {}) : {};
    const target = outcome?.status === 'applied' ? outcome.target : undefined;
    const t = this.t;
    const actorTarget = (id: string, changes: CorrectionChange[]): CorrectionDescription => ({
      target: this.actor(id),
      selects: this.index.actorById.has(id) ? { kind: 'actor', id } : null,
      changes,
    });
    const eventTarget = (id: string, fallback: string, changes: CorrectionChange[]): CorrectionDescription => {
      const title = this.event(id);
      return { target: title ?? fallback, selects: title ? { kind: 'event', id } : null, changes };
    };
    switch (c.kind) {
      case 'actor.merge': {
        const from = isBilingual(before.from) ? this.unit(inLanguage(before.from, this.lang)) : this.actor(c.from);
        const into = target ?? c.into;
        return actorTarget(into, [{ label: t('describe.merged'), before: from, after: this.actor(into) }]);
      }
      case 'actor.notPerson': {
        const name = isBilingual(before.name) ? this.unit(inLanguage(before.name, this.lang)) : this.actor(c.actorId);
        return { target: name, selects: null, changes: [{ label: t('describe.notPerson'), after: name }] };
      }
      case 'actor.promote':
        return actorTarget(target ?? c.actorId, [{ label: t('describe.curated'), before: t('describe.discovered'), after: t('describe.curatedPerson') }]);
      case 'actor.split': {
        const to = target ?? c.to;
        const after = to ? this.actor(to) : c.name ? this.unit(inLanguage(c.name, this.lang)) : t('describe.newPerson');
        const change = { label: t('describe.mentionOf', { text: this.unit(c.mention.text), passage: c.mention.passageId }), before: this.actor(c.mention.actorId), after };
        return to ? actorTarget(to, [change]) : { target: after, selects: null, changes: [change] };
      }
      case 'actor.edit': {
        const id = target ?? c.actorId;
        const now = this.index.actorById.get(id);
        const changes: CorrectionChange[] = [];
        const name = (v: unknown) => (isBilingual(v) ? this.unit(inLanguage(v, this.lang)) : t('describe.none'));
        if (c.name) changes.push({ label: t('describe.name'), before: name(before.name ?? now?.name), after: name(c.name) });
        if (c.shortName) changes.push({ label: t('describe.shortName'), before: name(before.shortName ?? now?.shortName), after: name(c.shortName) });
        if (c.country !== undefined)
          changes.push({ label: t('describe.country'), before: (before.country as string | null | undefined) ?? t('describe.none'), after: c.country ?? t('describe.none') });
        if (c.roles) changes.push({ label: t('describe.roles'), before: this.roles(before.roles as ActorRole[] | undefined), after: this.roles(c.roles) });
        return actorTarget(id, changes);
      }
      case 'event.edit': {
        const changes: CorrectionChange[] = [];
        const had = (field: string) => field in before;
        if (c.type !== undefined) changes.push({ label: t('describe.type'), before: this.type(had('type') ? (before.type as EventType) : c.event.type), after: this.type(c.type) });
        if (c.date !== undefined) {
          const was = had('date') ? this.date(before.date as CorrectedDate | null) : formatDay(c.event.day, 'day', this.lang);
          changes.push({ label: t('describe.date'), before: was, after: this.date(c.date) });
        }
        if (c.participants !== undefined)
          changes.push({
            label: t('describe.participants'),
            before: this.actors(had('participants') ? (before.participants as string[]) : c.event.participants),
            after: this.actors(c.participants),
          });
        if (c.location !== undefined) changes.push({ label: t('describe.place'), before: this.place(before.location as string | null | undefined), after: this.place(c.location) });
        if (c.planned !== undefined)
          changes.push({ label: t('describe.planned'), before: t(before.planned ? 'describe.yes' : 'describe.no'), after: t(c.planned ? 'describe.yes' : 'describe.no') });
        return eventTarget(target ?? c.event.id, this.anchor(c.event), changes);
      }
      case 'event.delete': {
        const title = isBilingual(before.title) ? this.unit(inLanguage(before.title, this.lang)) : this.anchor(c.event);
        return { target: title, selects: null, changes: [{ label: t('describe.deleted'), after: title }] };
      }
      case 'event.merge': {
        const from = isBilingual(before.title) ? this.unit(inLanguage(before.title, this.lang)) : this.anchor(c.event);
        const into = target ?? c.into.id;
        return eventTarget(into, this.anchor(c.into), [{ label: t('describe.merged'), before: from, after: this.event(into) ?? this.anchor(c.into) }]);
      }
      case 'event.add': {
        const what = `${this.type(c.type)} (${this.date(c.date)}): ${this.actors(c.participants)}`;
        return eventTarget(target ?? '', what, [{ label: t('describe.added'), after: what }]);
      }
      case 'mention.remove':
        return actorTarget(target ?? c.mention.actorId, [{ label: t('describe.mentionRemoved'), after: this.mention(c.mention.text, c.mention.passageId) }]);
      case 'mention.add':
        return actorTarget(target ?? c.mention.actorId, [{ label: t('describe.mentionAdded'), after: this.mention(c.mention.text, c.mention.passageId) }]);
    }
  }
}

/** What `correction` targets and changed, in `lang`. `index` is the corrected dataset's (the store's). */
export function describeCorrection(
  correction: Correction,
  outcome: CorrectionOutcome | undefined,
  index: DatasetIndex,
  lang: UiLanguage,
  unit: (text: string) => string = isolate,
): CorrectionDescription {
  return new Describer(index, lang, unit).describe(correction, outcome);
}

/** The changes in one line: «Date: 10 Mar 2026 → 9 Mar 2026; Participants: …». */
export function changesText(changes: CorrectionChange[], lang: UiLanguage): string {
  const t = (key: string) => i18next.t(key, { ns: 'corrections', lng: lang });
  return changes.map((c) => `${c.label}: ${c.before === undefined ? c.after : `${c.before}${t('describe.arrow')}${c.after}`}`).join(t('describe.changeSeparator'));
}

/**
 * Provenance of a record in short lines, one per correction that changed it (`ids`: Actor.corrections,
 * DatasetEvent.corrections): «Corrected by analyst: Date: 10 Mar 2026 → 9 Mar 2026, the call was on Monday».
 */
export function provenanceLines(ids: readonly string[] | undefined, index: DatasetIndex, lang: UiLanguage, unit: (text: string) => string = isolate): string[] {
  const applied = index.dataset.corrections;
  if (!ids?.length || !applied) return [];
  const byId = new Map(applied.corrections.map((c) => [c.id, c]));
  const t = (key: string, options: Record<string, unknown>) => i18next.t(key, { ns: 'corrections', lng: lang, ...options });
  return ids.flatMap((id) => {
    const c = byId.get(id);
    if (!c) return [];
    const what = changesText(describeCorrection(c, applied.outcomes[id], index, lang, unit).changes, lang) || t(`kind.${c.kind}`, {});
    return [c.reason ? t('provenance.correctedReason', { what, reason: unit(c.reason) }) : t('provenance.corrected', { what })];
  });
}
