// Dataset events → vis-timeline items and lanes. Pure: no DOM, no vis import (unit-tested).
import type { DatasetEvent, EventType } from '../../schema/dataset';
import type { DatasetIndex } from '../../store/dataset-index';
import type { NameLanguage } from '../../store/initial-state';
import { dayEnd, dayStart } from '../../store/time';
import { EVENT_TYPE_ORDER, EVENT_TYPES } from '../shared/palette';
import { describeEventDate, formatDay } from '../shared/format';

export interface EventItem {
  id: string;
  group: EventType;
  /** The label as plain text; it is rendered by our template with textContent, never as HTML. */
  content: string;
  start: number;
  end?: number;
  type: 'point' | 'range';
  className: string;
  /** Tooltip text (vis-timeline shows item titles with innerText). */
  title: string;
  style: string;
  eventType: EventType;
  planned: boolean;
}

export function eventLabel(e: DatasetEvent, lang: NameLanguage): string {
  return (lang === 'ar' ? e.title.ar : e.title.en) || e.title.en || e.title.ar;
}

/** On the timeline the lane already names the type: «Phone call: Lavrov – Araghchi» reads «Lavrov – Araghchi». */
export function laneLabel(e: DatasetEvent, lang: NameLanguage): string {
  const label = eventLabel(e, lang);
  const prefix = `${EVENT_TYPES[e.type].label}:`;
  return label.toLowerCase().startsWith(prefix.toLowerCase()) && label.length > prefix.length + 1
    ? label.slice(prefix.length).trim()
    : label;
}

/** The tooltip: title in both languages, the date with its precision and basis, place, sources. */
export function eventTooltip(index: DatasetIndex, e: DatasetEvent): string {
  const lines = [
    `${EVENT_TYPES[e.type].label}${e.planned ? ' (planned, not done)' : ''}`,
    e.title.en,
    e.title.ar,
    describeEventDate(e),
  ];
  if (e.location) lines.push(`Place: ${e.location}`);
  const names = [...new Set(e.participants)].map((id) => index.actorById.get(id)?.name.en ?? id);
  if (names.length) lines.push(`Participants: ${names.join(', ')}`);
  const sources = [...new Set(e.documentIds)].map((id) => {
    const d = index.documentById.get(id);
    return d ? `${d.source ?? d.title ?? d.file} (${formatDay(d.published)})` : id;
  });
  lines.push(`Sources: ${sources.join('; ')}`);
  return lines.filter(Boolean).join('\n');
}

/** One item per dated event: a point for a day, a range over the month or year for coarser dates. */
export function toTimelineItems(index: DatasetIndex, lang: NameLanguage): EventItem[] {
  const items: EventItem[] = [];
  for (const e of index.dataset.events) {
    if (!e.date) continue;
    const isRange = e.date.precision !== 'day' || e.date.start !== e.date.end;
    items.push({
      id: e.id,
      group: e.type,
      content: laneLabel(e, lang),
      start: dayStart(e.date.start),
      ...(isRange ? { end: dayEnd(e.date.end) } : {}),
      type: isRange ? 'range' : 'point',
      className: `ev ev-${e.type} precision-${e.date.precision}${e.planned ? ' is-planned' : ''}`,
      title: eventTooltip(index, e),
      style: `--ev: ${EVENT_TYPES[e.type].color}`,
      eventType: e.type,
      planned: e.planned,
    });
  }
  return items;
}

export interface LaneGroup {
  id: EventType;
  content: string;
  order: number;
}

/** One lane per event type present, in a fixed order. */
export function toTimelineGroups(index: DatasetIndex): LaneGroup[] {
  const present = new Set(index.dataset.events.filter((e) => e.date).map((e) => e.type));
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
