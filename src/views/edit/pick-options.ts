// The options of the dialog's searchable picks: actors by every name they are known by, events nearest in time first.
import type { Actor, DatasetEvent } from '../../schema/dataset';
import type { DatasetIndex } from '../../store/dataset-index';
import type { NameLanguage } from '../../store/initial-state';
import { dayStart } from '../../store/time';
import { actorName, eventTitle, formatDay, otherName } from '../shared/format';
import { countryLabel } from '../shared/palette';
import type { PickOption } from './searchable-pick';

export function actorOptions(actors: Actor[], lang: NameLanguage): PickOption[] {
  return [...actors]
    .sort((a, b) => b.mentionCount - a.mentionCount)
    .map((a) => ({ id: a.id, label: actorName(a, lang), detail: `${otherName(a, lang)} · ${countryLabel(a.country)}`, terms: a.aliases.join(' ') }));
}

/** Every other event, those of the same day first, then by distance in days; undated ones last. */
export function eventOptions(index: DatasetIndex, of: DatasetEvent, lang: NameLanguage): PickOption[] {
  const day = of.date?.start;
  const distance = (e: DatasetEvent) => (day && e.date ? Math.abs(dayStart(e.date.start) - dayStart(day)) : Number.POSITIVE_INFINITY);
  return index.dataset.events
    .filter((e) => e.id !== of.id)
    .sort((a, b) => distance(a) - distance(b))
    .map((e) => ({ id: e.id, label: eventTitle(index, e, lang), detail: e.date ? formatDay(e.date.start, e.date.precision) : formatDay(null) }));
}
