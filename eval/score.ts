// Scores what the pipeline found in one article against its gold annotation: persons (by the spans that name
// them) and contacts (type, participants, day). Pure: the runner feeds it datasets and gold files.
import * as z from 'zod/mini';
import type { Dataset, DatasetEvent } from '../src/schema/dataset';
import { normalizeArabic } from '../src/pipeline/normalize/normalize-arabic';

const day = z.string().check(z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/));

export const goldSchema = z.object({
  title: z.string(),
  source: z.string(),
  published: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
  language: z.enum(['ar', 'en']),
  countries: z.array(z.string()),
  classes: z.array(z.int().check(z.gte(1), z.lte(8))),
  persons: z.array(z.object({ id: z.string(), en: z.string(), ar: z.string(), forms: z.array(z.string().check(z.minLength(1))) })),
  contacts: z.array(
    z.object({
      type: z.enum(['call', 'meeting']),
      participants: z.array(z.string()).check(z.minLength(2)),
      day: z.nullable(day),
      status: z.enum(['held', 'planned']),
      evidence: z.optional(z.string()),
    }),
  ),
});
export type Gold = z.infer<typeof goldSchema>;
export type GoldContact = Gold['contacts'][number];

/** What is wrong with a gold file against its text (a form or an evidence that the text does not hold). */
export function goldProblems(gold: Gold, text: string): string[] {
  const problems: string[] = [];
  const ids = new Set(gold.persons.map((p) => p.id));
  for (const p of gold.persons) for (const f of p.forms) if (!text.includes(f)) problems.push(`form «${f}» of ${p.id} is not in the text`);
  for (const c of gold.contacts) {
    for (const id of c.participants) if (!ids.has(id)) problems.push(`contact participant ${id} is not a gold person`);
    if (c.evidence && !text.includes(c.evidence)) problems.push(`evidence «${c.evidence.slice(0, 40)}…» is not in the text`);
  }
  return problems;
}

export interface PredictedContact {
  type: 'call' | 'meeting';
  /** Gold person ids, or `?name` for an actor that matches no gold person. */
  participants: string[];
  day: string | null;
  planned: boolean;
  eventId: string;
}

export interface ArticleScore {
  persons: { gold: number; found: number; predicted: number; correct: number; missed: string[]; invented: string[] };
  contacts: { gold: number; predicted: number; matched: number; missed: string[]; invented: string[] };
  /** Of the contacts matched on type and participants, how many also have the right day. */
  dates: { compared: number; right: number; wrong: string[] };
  planned: { gold: number; predicted: number; matched: number; missed: string[]; invented: string[] };
}

const typeOf = (e: DatasetEvent): 'call' | 'meeting' | null =>
  e.type === 'phone_call' ? 'call' : e.type === 'meeting' || e.type === 'visit' ? 'meeting' : null;

/** Every [start, end) where `form` stands in `text`. */
function occurrences(text: string, form: string): [number, number][] {
  const out: [number, number][] = [];
  for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) out.push([at, at + form.length]);
  return out;
}

const norm = (s: string) => normalizeArabic(s).replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Which gold person each predicted actor stands for: the one whose forms its mentions overlap most. An actor
 * found by discovery counts only with its whole name (a name cut short names nobody).
 */
export function mapActors(dataset: Dataset, gold: Gold, text: string): Map<string, string | null> {
  const passageStart = new Map(dataset.passages.map((p) => [p.id, p.start]));
  const spans = gold.persons.map((p) => ({ id: p.id, spans: p.forms.flatMap((f) => occurrences(text, f)) }));
  const votes = new Map<string, Map<string, number>>();
  for (const m of dataset.mentions) {
    const base = passageStart.get(m.passageId) ?? 0;
    const [s, e] = [base + m.start, base + m.end];
    // A mention stands for the person whose form it overlaps most (a king's «عبدالله» inside his son's full name loses).
    let best: { id: string; overlap: number } | null = null;
    for (const p of spans) {
      for (const [a, b] of p.spans) {
        const overlap = Math.min(b, e) - Math.max(a, s);
        if (overlap > 0 && (!best || overlap > best.overlap)) best = { id: p.id, overlap };
      }
    }
    if (!best) continue;
    const v = votes.get(m.actorId) ?? new Map<string, number>();
    v.set(best.id, (v.get(best.id) ?? 0) + 1);
    votes.set(m.actorId, v);
  }
  const result = new Map<string, string | null>();
  for (const a of dataset.actors) {
    const v = [...(votes.get(a.id) ?? new Map<string, number>()).entries()].sort((x, y) => y[1] - x[1])[0];
    let id: string | null = v?.[0] ?? null;
    if (id && a.discovered) {
      const person = gold.persons.find((p) => p.id === id)!;
      const names = new Set([person.ar, person.en, ...person.forms].map(norm));
      if (!names.has(norm(a.name.ar)) && !names.has(norm(a.name.en))) id = null;
    }
    result.set(a.id, id);
  }
  return result;
}

function contactKey(c: { type: string; participants: string[] }): string {
  return `${c.type}|${[...c.participants].sort().join('+')}`;
}

/** `day` at the precision gold gives, or the event's own. */
function dayOf(e: DatasetEvent): string | null {
  if (!e.date) return null;
  if (e.date.precision === 'day') return e.date.start;
  if (e.date.precision === 'month') return e.date.start.slice(0, 7);
  return e.date.start.slice(0, 4);
}

export function scoreArticle(dataset: Dataset, gold: Gold, text: string): ArticleScore {
  const actorToGold = mapActors(dataset, gold, text);
  const actorName = new Map(dataset.actors.map((a) => [a.id, a.name.ar || a.name.en]));
  const label = (actorId: string) => actorToGold.get(actorId) ?? `?${actorName.get(actorId) ?? actorId}`;

  // Persons: an actor that stands for a gold person is correct once; a second actor for the same person is a duplicate.
  const credited = new Set<string>();
  const invented: string[] = [];
  let correct = 0;
  for (const a of dataset.actors) {
    if (a.mentionCount === 0) continue;
    const id = actorToGold.get(a.id);
    if (id && !credited.has(id)) {
      credited.add(id);
      correct++;
    } else invented.push(id ? `${a.name.ar || a.name.en} (second actor for ${id})` : `${a.name.ar || a.name.en}${a.discovered ? ' (discovered)' : ''}`);
  }
  const predictedPersons = dataset.actors.filter((a) => a.mentionCount > 0).length;
  const missedPersons = gold.persons.filter((p) => !credited.has(p.id)).map((p) => p.id);

  const predicted: PredictedContact[] = [];
  for (const e of dataset.events) {
    const type = typeOf(e);
    if (!type || e.participants.length < 2) continue;
    predicted.push({ type, participants: [...new Set(e.participants.map(label))], day: dayOf(e), planned: e.planned, eventId: e.id });
  }
  const held = gold.contacts.filter((c) => c.status === 'held');
  const heldPredicted = predicted.filter((p) => !p.planned);
  const used = new Set<PredictedContact>();
  const contactMissed: string[] = [];
  let matched = 0;
  const dates = { compared: 0, right: 0, wrong: [] as string[] };
  for (const g of held) {
    const sameTie = heldPredicted.filter((p) => contactKey(p) === contactKey(g));
    if (sameTie.length) {
      dates.compared++;
      if (sameTie.some((p) => p.day === g.day)) dates.right++;
      else dates.wrong.push(`${contactKey(g)} gold ${g.day}, found ${sameTie.map((p) => p.day).join('/')}`);
    }
    const hit = sameTie.find((p) => !used.has(p) && p.day === g.day);
    if (hit) {
      used.add(hit);
      matched++;
    } else contactMissed.push(`${contactKey(g)} ${g.day}`);
  }
  const contactInvented = heldPredicted.filter((p) => !used.has(p)).map((p) => `${contactKey(p)} ${p.day}`);

  const plannedGold = gold.contacts.filter((c) => c.status === 'planned');
  const plannedPredicted = predicted.filter((p) => p.planned);
  const plannedHit = (g: GoldContact) => plannedPredicted.some((p) => contactKey(p) === contactKey(g));
  const plannedMatched = plannedGold.filter(plannedHit).length;
  const plannedMissed = plannedGold.filter((g) => !plannedHit(g)).map((g) => `${contactKey(g)} ${g.day}`);
  const plannedInvented = plannedPredicted.filter((p) => !plannedGold.some((g) => contactKey(g) === contactKey(p))).map((p) => `${contactKey(p)} ${p.day}`);

  return {
    persons: { gold: gold.persons.length, found: credited.size, predicted: predictedPersons, correct, missed: missedPersons, invented },
    contacts: { gold: held.length, predicted: heldPredicted.length, matched, missed: contactMissed, invented: contactInvented },
    dates,
    planned: { gold: plannedGold.length, predicted: plannedPredicted.length, matched: plannedMatched, missed: plannedMissed, invented: plannedInvented },
  };
}

/** An article score's counts, without its lists: what adds up over articles. */
type Counts<T> = { [K in keyof T as T[K] extends number ? K : never]: number };
export type Totals = { articles: number } & { [S in keyof ArticleScore]: Counts<ArticleScore[S]> };

/** The scores' counts summed section by section (persons, contacts, dates, planned). */
export function addUp(scores: ArticleScore[]): Totals {
  const sum = <S extends keyof ArticleScore>(section: S) => {
    const total: Record<string, number> = {};
    for (const s of scores) for (const [k, v] of Object.entries(s[section])) if (typeof v === 'number') total[k] = (total[k] ?? 0) + v;
    return total as Counts<ArticleScore[S]>;
  };
  return { articles: scores.length, persons: sum('persons'), contacts: sum('contacts'), dates: sum('dates'), planned: sum('planned') };
}
