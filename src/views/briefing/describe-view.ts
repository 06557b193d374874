// Short, localised descriptions of a view for the slide list and the presentation: its window and selection.
import type { DatasetIndex } from '../../store/dataset-index';
import type { NameLanguage } from '../../store/initial-state';
import type { Selection } from '../../store/selection';
import type { Interval } from '../../store/time';
import type { UiLanguage } from '../../store/view-state';
import { actorShortName, eventTitle, formatDay } from '../shared/format';

/** A YYYY-MM-DD day or a UTC instant in the given interface language: '11 Oct 2024', '11 أكتوبر 2024'. */
export function formatDate(day: string | number, lang: UiLanguage): string {
  return formatDay(typeof day === 'number' ? new Date(day).toISOString().slice(0, 10) : day, 'day', lang);
}

/** The window's first and last day (its end is exclusive). */
export function windowDays(w: Interval, lang: UiLanguage): [first: string, last: string] {
  return [formatDate(w.start, lang), formatDate(w.end - 1, lang)];
}

export function formatWindow(w: Interval, lang: UiLanguage): string {
  return windowDays(w, lang).join(' – ');
}

/** What a selection names: an actor, a pair 'Putin – Pezeshkian' or an event's title; null when nothing is. */
export function describeSelection(index: DatasetIndex, selection: Selection | null, lang: NameLanguage): string | null {
  if (!selection) return null;
  const name = (id: string) => {
    const actor = index.actorById.get(id);
    return actor ? actorShortName(actor, lang) : id;
  };
  if (selection.kind === 'actor') return name(selection.id);
  if (selection.kind === 'edge') return `${name(selection.source)} – ${name(selection.target)}`;
  const event = index.eventById.get(selection.id);
  return event ? eventTitle(index, event, lang) : selection.id;
}
