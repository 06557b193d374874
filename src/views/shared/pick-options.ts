// The options of the searchable picks (the edit dialog, the mention popover): actors by every name they are known
// by, events nearest in time first, and which of them the words typed match.
import type { Actor, DatasetEvent } from '../../schema/dataset';
import type { DatasetIndex } from '../../store/dataset-index';
import type { NameLanguage } from '../../store/initial-state';
import { matchesWords } from '../../store/search/search-terms';
import { dayStart } from '../../store/time';
import { actorName, eventTitle, formatDay, otherName } from './format';
import { countryLabel } from './palette';

export interface PickOption {
  id: string;
  label: string;
  /** Shown beside the label, quieter (the other script's name, a date). */
  detail?: string;
  /** More words the option is found by (spelling variants). */
  terms?: string;
}

/** The options the words typed match (Arabic normalised, leading clitics dropped), over every name each is known by. */
export function optionsMatching(options: PickOption[], query: string): PickOption[] {
  return options.filter((o) => matchesWords(`${o.label} ${o.detail ?? ''} ${o.terms ?? ''}`, query));
}

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
