// Short, localised descriptions of a view for the slide list and the presentation: its window and selection.
import type { DatasetIndex } from '../../store/dataset-index';
import type { NameLanguage } from '../../store/initial-state';
import type { Selection } from '../../store/selection';
import type { Interval } from '../../store/time';
import type { UiLanguage } from '../../store/view-state';
import { actorShortName } from '../shared/format';

const dayFormats = new Map<UiLanguage, Intl.DateTimeFormat>();

/** A YYYY-MM-DD day or a UTC instant in the interface's language: '11 Oct 2024', '١١ أكتوبر ٢٠٢٤'. */
export function formatDate(day: string | number, lang: UiLanguage): string {
  let format = dayFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(lang === 'ar' ? 'ar' : 'en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
    dayFormats.set(lang, format);
  }
  return format.format(typeof day === 'number' ? day : Date.parse(`${day}T00:00:00Z`));
}

/** The window's first and last day (its end is exclusive). */
export function formatWindow(w: Interval, lang: UiLanguage): string {
  return `${formatDate(w.start, lang)} – ${formatDate(w.end - 1, lang)}`;
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
  return event ? event.title[lang] || event.title.en : selection.id;
}
