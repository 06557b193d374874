// Dataset events → vis-timeline items and lanes. Pure: no DOM, no vis import (unit-tested).
import type { DatasetEvent, EventType } from '../../schema/dataset';
import type { DatasetIndex } from '../../store/dataset-index';
import type { NameLanguage } from '../../store/initial-state';
import { dayEnd, dayStart } from '../../store/time';
import { EVENT_TYPE_ORDER, EVENT_TYPES } from '../shared/palette';
import { actorName, describeEventDate, eventPlace, eventTitle, formatDay } from '../shared/format';
import { isolate } from '../../i18n/bidi';
import { uiLanguage, uiText } from '../../i18n/ui-text';
import { provenanceLines } from '../../corrections/describe-correction';

export interface EventItem extends EventPlacement {
  /** The label as plain text; it is rendered by our template with textContent, never as HTML. */
  content: string;
  type: 'point' | 'range';
  className: string;
  style: string;
  eventType: EventType;
  planned: boolean;
}

/** On the timeline the lane already names the type: «Phone call: Lavrov – Araghchi» reads «Lavrov – Araghchi». */
export function laneLabel(index: DatasetIndex, e: DatasetEvent, names: NameLanguage): string {
  const title = eventTitle(index, e, names);
  const prefix = `${uiText(`eventType.${e.type}`)}: `;
  return title.startsWith(prefix) ? title.slice(prefix.length) : title;
}

/** The tooltip: title with names in both languages, the date with its precision and basis, place, participants, sources,
 *  and what the analyst corrected of it. */
export function eventTooltip(index: DatasetIndex, e: DatasetEvent, names: NameLanguage): string {
  const lines = [
    `${EVENT_TYPES[e.type].label}${e.planned ? ` (${uiText('timeline.plannedNotDone')})` : ''}`,
    ...new Set([eventTitle(index, e, names), eventTitle(index, e, names === 'ar' ? 'en' : 'ar')]),
    describeEventDate(e),
  ];
  const place = eventPlace(e);
  if (place) lines.push(uiText('timeline.tooltip.place', { place }));
  const participants = [...new Set(e.participants)].map((id) => {
    const a = index.actorById.get(id);
    return isolate(a ? actorName(a, names) : id);
  });
  if (participants.length) lines.push(uiText('timeline.tooltip.participants', { names: participants.join(uiText('timeline.tooltip.listSeparator')) }));
  const sources = [...new Set(e.documentIds)].map((id) => {
    const d = index.documentById.get(id);
    return d ? `${isolate(d.source ?? d.title ?? d.file)} (${formatDay(d.published)})` : id;
  });
  lines.push(uiText('timeline.tooltip.sources', { sources: sources.join(uiText('timeline.tooltip.sourceSeparator')) }));
  lines.push(...provenanceLines(e.corrections, index, uiLanguage()));
  return lines.filter(Boolean).join('\n');
}

/** Where a dated event sits on the axis: all the windowing needs, cheap to compute for every event. */
export interface EventPlacement {
  id: string;
  group: EventType;
  start: number;
  /** Set for ranges (a month, a year, several days); points have none. */
  end?: number;
}

/** One placement per dated event of the dataset: a point for a day, a range over the month or year for coarser dates. */
export function toEventPlacements(index: DatasetIndex): EventPlacement[] {
  return placementsOf(index.dataset.events);
}

/** One placement per dated event of `events`. */
export function placementsOf(events: DatasetEvent[]): EventPlacement[] {
  const out: EventPlacement[] = [];
  for (const e of events) {
    if (!e.date) continue;
    const isRange = e.date.precision !== 'day' || e.date.start !== e.date.end;
    out.push({ id: e.id, group: e.type, start: dayStart(e.date.start), ...(isRange ? { end: dayEnd(e.date.end) } : {}) });
  }
  return out;
}

/** The drawn item of a dated event. Its label is translated text, so it is built only for the events the timeline
 *  shows (at most a few hundred at a time), not for all of a large dataset's events; its tooltip (eventTooltip) only
 *  when the pointer is over it. */
export function toEventItem(index: DatasetIndex, placement: EventPlacement, lang: NameLanguage): EventItem {
  const e = index.eventById.get(placement.id)!;
  return {
    ...placement,
    content: laneLabel(index, e, lang),
    type: placement.end === undefined ? 'point' : 'range',
    className: `ev ev-${e.type} precision-${e.date!.precision}${e.planned ? ' is-planned' : ''}`,
    style: `--ev: ${EVENT_TYPES[e.type].color}`,
    eventType: e.type,
    planned: e.planned,
  };
}

export interface LaneGroup {
  id: EventType;
  content: string;
  order: number;
}

/** One lane per type of the dataset's dated events, in a fixed order. */
export function toTimelineGroups(index: DatasetIndex): LaneGroup[] {
  return lanesOf(index.dataset.events.filter((e) => e.date).map((e) => e.type));
}

/** One lane per type present, in a fixed order. */
export function lanesOf(types: Iterable<EventType>): LaneGroup[] {
  const present = new Set(types);
  return EVENT_TYPE_ORDER.filter((t) => present.has(t)).map((t, order) => ({ id: t, content: EVENT_TYPES[t].label, order }));
}

/** The window shown first: everything for a small dataset, the most recent `recent` events for a large one. */
export function initialWindow(items: { start: number; end?: number }[], recent = 800): { start: number; end: number } | null {
  if (!items.length) return null;
  const starts = items.map((i) => i.start).sort((a, b) => a - b);
  let end = -Infinity;
  for (const i of items) end = Math.max(end, i.end ?? i.start);
  const start = starts[Math.max(0, starts.length - Math.floor(recent))];
  const pad = Math.max((end - start) * 0.04, 2 * 86_400_000);
  // More room after the last event: point labels extend to the right of their date.
  return { start: start - pad, end: end + pad * 5 };
}
