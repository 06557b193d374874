// An event's countries, and the rule the country filter hides events by: an event is hidden when every one of its
// participants is of a hidden country; one with no participant, or with a participant of no known country, never
// is. Events are counted by their set of countries (EventCounts), so that the timeline's counts of a corpus too
// large to read follow the filter: the count for any countries hidden is a sum over the sets they do not hide.
import type { EventType } from '../schema/dataset';
import type { EventCounts } from './dataset-source';

const DAY_MS = 86_400_000;

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The sorted distinct countries of an event's participants; none when it is never hidden (no participant, or one of no known country). */
export function eventCountries(participants: readonly string[], countryOf: (actorId: string) => string | null | undefined): string[] {
  const countries = new Set<string>();
  for (const p of participants) {
    const country = countryOf(p);
    if (country == null) return [];
    countries.add(country);
  }
  return [...countries].sort(compareText);
}

/** Whether the country filter hides an event of these countries (eventCountries) while `hidden` are hidden. */
export function hiddenByCountries(countries: readonly string[], hidden: ReadonlySet<string>): boolean {
  return countries.length > 0 && countries.every((c) => hidden.has(c));
}

/** The order sets are numbered in: country by country, a set before the longer ones it begins (DuckDB's order of lists). */
export function compareCountrySets(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return compareText(a[i], b[i]);
  return a.length - b.length;
}

/** The numbers of the sets `hiddenCountries` hide. */
export function hiddenSetNumbers(countrySets: readonly (readonly string[])[], hiddenCountries: readonly string[]): Set<number> {
  const hidden = new Set(hiddenCountries);
  const out = new Set<number>();
  if (hidden.size) countrySets.forEach((set, n) => hiddenByCountries(set, hidden) && out.add(n));
  return out;
}

/** Whole days since 1970-01-01 (UTC) of an ISO day. */
export function dayNumber(day: string): number {
  return Date.parse(`${day}T00:00:00Z`) / DAY_MS;
}

/** Counts events one at a time into EventCounts. */
export class EventCounter {
  /** Per type and country set: the dated events per day number, and the undated ones. */
  private readonly kinds = new Map<string, { type: EventType; countrySet: number; perDay: Map<number, number>; undated: number }>();
  /** Days repeat across events: each is parsed once. */
  private readonly numbers = new Map<string, number>();

  /** `count` events of `type` and country set `countrySet` starting on `start` (null: undated). */
  add(type: EventType, countrySet: number, start: string | null, count = 1): void {
    const key = `${type}\t${countrySet}`;
    let kind = this.kinds.get(key);
    if (!kind) this.kinds.set(key, (kind = { type, countrySet, perDay: new Map(), undated: 0 }));
    if (start === null) {
      kind.undated += count;
      return;
    }
    let day = this.numbers.get(start);
    if (day === undefined) this.numbers.set(start, (day = dayNumber(start)));
    kind.perDay.set(day, (kind.perDay.get(day) ?? 0) + count);
  }

  /** What was added: series and undated counts by type, then country set; days ascending. */
  counts(): EventCounts {
    const kinds = [...this.kinds.values()].sort((a, b) => compareText(a.type, b.type) || a.countrySet - b.countrySet);
    return {
      series: kinds
        .filter((k) => k.perDay.size > 0)
        .map(({ type, countrySet, perDay }) => {
          const days = [...perDay].sort((a, b) => a[0] - b[0]);
          return { type, countrySet, days: days.map(([d]) => d), counts: days.map(([, n]) => n) };
        }),
      undated: kinds.filter((k) => k.undated > 0).map(({ type, countrySet, undated }) => ({ type, countrySet, count: undated })),
    };
  }
}
