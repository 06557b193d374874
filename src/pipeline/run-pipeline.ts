// The only place the stages' order lives: corpus → articles → passages → mentions → dates → events →
// co-mentions → dataset, then the analyst's corrections (pipeline/corrections/) when there are some. Pure TypeScript
// with no DOM and no Node APIs: it runs in Node and in a worker.
import type { Correction } from '../schema/corrections';
import { SCHEMA_VERSION, type Actor, type Dataset, type DatasetEvent, type EventDate, type Mention, type Passage } from '../schema/dataset';
import { rolesOn, type ActorIndex } from './actors/actor-index';
import { datelineAgencyCountry, datelinePlaceCountry } from './actors/dateline-agency';
import { defaultActorIndex } from './actors/default-actor-index';
import { HonorificAntecedents } from './actors/honorific-pronouns';
import { matchActors, type Discovered, type TitleOffice } from './actors/match-actors';
import { countComentions } from './comentions/count-comentions';
import { applyCorrections } from './corrections/apply-corrections';
import { correctCorpus } from './corrections/correct-corpus';
import { correctMentions, emptyTrace, joinTrace, type MentionTrace } from './corrections/correct-mentions';
import { planCorrections, type CorrectionPlan } from './corrections/correction-plan';
import { followActorCorrections } from './corrections/follow-actor-corrections';
import type { CorpusIssue } from './corpus/corpus-issue';
import { readArticleSources, toArticle, type Article, type ArticleSource, type CorpusFile } from './corpus/prepare-articles';
import { findDates, type FoundDate } from './dates/find-dates';
import { DATELINE_REACH, findDateline } from './dates/find-publication-date';
import { saysThatMonth } from './dates/same-month';
import { lastWrittenYear, saysSameYear } from './dates/same-year';
import { withoutTitlesBeforeTheirName } from './actors/appositive-titles';
import { extractEvents, lastVisitTold, type EventCandidate, type ReportedContact } from './events/extract-events';
import { EarlierEvents } from './events/earlier-events';
import { CrossDocumentMerger, isContact, mergeWithinDocument } from './events/merge-events';
import { toDatasetEvents } from './events/to-dataset-events';
import { joinAttendance } from './events/attendance';
import { withoutCompatriotContacts } from './events/compatriot-contacts';
import { withVisitHosts } from './events/visit-hosts';
import { countryOfPlace } from './events/event-lexicon';
import { DiscoveredActors, type Discovery } from './actors/discovered-actors';
import { dropRepeatedPassages } from './segment/drop-repeated-passages';
import { readsAsHeadline } from './segment/headline';
import { dropPageResidue } from './segment/page-residue';
import { segmentPassages, type SegmentedPassage } from './segment/segment-passages';
import { prepareText, type PreparedText } from './normalize/normalize-arabic';
import { readerOf } from './normalize/reading-text';
import { holdersOnTheirDay } from './events/holders-on-their-day';

export interface PipelineResult {
  dataset: Dataset;
  issues: CorpusIssue[];
}

export interface PipelineOptions {
  onProgress?: (done: number, total: number) => void;
  index?: ActorIndex;
  /** The analyst's corrections, applied as the last stage. */
  corrections?: Correction[];
}

export function runPipeline(files: CorpusFile[], manifest: string | null, options: PipelineOptions = {}): PipelineResult {
  const index = options.index ?? defaultActorIndex();
  const { sources, issues } = readArticleSources(files, manifest);
  const { articles, analysis } = analyzeSources(sources, index, options.onProgress);
  return { dataset: applyCorrections(assembleDataset(articles, [analysis], index), options.corrections ?? []), issues };
}

/**
 * `files` appended to `base`: only they are analysed, and their records merged into the base's (their events
 * joining the base's events, as in a build of the whole corpus with them last). Files the base already has by name
 * are skipped; one with a text the base has is a corpus issue. The base's corrections, if it carries some, are
 * applied to the new articles' mentions and kept; `options.corrections` are then applied as runPipeline does.
 */
export function appendToDataset(base: Dataset, files: CorpusFile[], manifest: string | null, options: PipelineOptions = {}): PipelineResult {
  const index = options.index ?? defaultActorIndex();
  const { sources, issues } = readArticleSources(files, manifest, base.documents);
  const { articles, analysis } = analyzeSources(sources, index, options.onProgress);
  const plan = correctionPlanOf(base.corrections?.corrections);
  const slice = plan ? { ...analysis, mentions: correctMentions(analysis.passages, analysis.mentions, plan).mentions } : analysis;
  const assembler = new DatasetAssembler(index, plan, base);
  assembler.add(slice);
  const dataset = joinRecords([base, sliceRecords(articles, slice)], assembler.finish());
  return { dataset: applyCorrections(dataset, options.corrections ?? []), issues };
}

/** The plan of a list of corrections, or null when there are none (the pipeline then leaves no trace of the stage). */
export const correctionPlanOf = (corrections: Correction[] | undefined): CorrectionPlan | null =>
  corrections && corrections.length > 0 ? planCorrections(corrections) : null;

/** The per-article stages from decoded files on: what a worker runs on its share of the corpus. */
export function analyzeSources(
  sources: ArticleSource[],
  index: ActorIndex,
  onProgress?: (done: number, total: number) => void,
): { articles: Article[]; analysis: ArticleAnalysis } {
  const articles = sources.map(toArticle);
  return { articles, analysis: analyzeArticles(articles, index, onProgress) };
}

/** What the per-article stages find in some articles: independent of other articles, so it can run in parallel. */
export interface ArticleAnalysis {
  passages: Passage[];
  mentions: Mention[];
  candidates: EventCandidate[];
  discoveries: Discovery[];
}

export function analyzeArticles(articles: Article[], index: ActorIndex, onProgress?: (done: number, total: number) => void): ArticleAnalysis {
  const result: ArticleAnalysis = { passages: [], mentions: [], candidates: [], discoveries: [] };
  const discovered = new DiscoveredActors(index.roleTitles);
  articles.forEach((article, n) => {
    const found = processArticle(index, article, discovered);
    // (A passage is kept as the article's own characters, as written: the analysis read it as readerOf reads it.)
    for (const { prepared: _prepared, ...p } of found.passages) {
      const own = article.text.slice(p.start, p.end);
      result.passages.push(own === p.text ? p : { ...p, text: own });
    }
    result.mentions.push(...found.mentions);
    result.candidates.push(...found.events);
    onProgress?.(n + 1, articles.length);
  });
  result.discoveries = discovered.entries();
  return result;
}

/** The corpus-wide stages, over the analyses of consecutive slices of `articles`, in order. */
export function assembleDataset(articles: Article[], analyses: ArticleAnalysis[], index: ActorIndex): Dataset {
  const assembler = new DatasetAssembler(index);
  const slices = analyses.map((analysis, i) => {
    assembler.add(analysis);
    return sliceRecords(i === 0 ? articles : [], analysis);
  });
  return joinRecords(slices, assembler.finish());
}

/** The dataset of a corpus from its slices' records, in order, and its corpus-wide records. */
export function joinRecords(slices: SliceRecords[], { actors, events, edges, corrections }: CorpusRecords): Dataset {
  return {
    schemaVersion: SCHEMA_VERSION,
    documents: slices.flatMap((r) => r.documents),
    passages: slices.flatMap((r) => r.passages),
    actors,
    mentions: slices.flatMap((r) => r.mentions),
    events,
    edges,
    ...(corrections ? { corrections } : {}),
  };
}

/** The records of a slice of the corpus that are final once it is analysed. */
export type SliceRecords = Pick<Dataset, 'documents' | 'passages' | 'mentions'>;
/** The records that need the whole corpus, and what became of the corrections when there were some. */
export type CorpusRecords = Pick<Dataset, 'actors' | 'events' | 'edges' | 'corrections'>;

export function sliceRecords(articles: Article[], analysis: ArticleAnalysis): SliceRecords {
  const documents = articles.map(({ bodyStart: _bodyStart, dateline: _dateline, ...doc }) => doc);
  return { documents, passages: analysis.passages, mentions: analysis.mentions };
}

/**
 * What the corpus-wide stages need of a slice's analysis: its discoveries, event candidates and who is named where
 * (after the corrections' mention stage, whose trace comes with it when there are corrections).
 */
export type SliceIndex = Pick<ArticleAnalysis, 'discoveries' | 'candidates'> & { mentions: { actorId: string; passageId: string }[]; trace?: MentionTrace };

/**
 * The corpus-wide stages, fed the slices of the corpus in order. It keeps only what actors, events and edges
 * need (reports of one event are merged as they come), so that a caller may write each slice's own records out
 * (sliceRecords) and let them go. With a correction plan, the slices' mentions come corrected (correctMentions,
 * with their traces) and the corrections' corpus stage runs last, so that the records are applyCorrections' on
 * the uncorrected dataset.
 */
export class DatasetAssembler {
  private readonly discovered: DiscoveredActors;
  private readonly events = new CrossDocumentMerger();
  private readonly namings: { actorId: string; passageId: string }[] = [];
  private readonly trace = emptyTrace();
  private readonly earlierEvents: EarlierEvents | null = null;

  /**
   * `base`: the dataset the slices are appended to (their articles come after its documents). Its records are
   * where the corpus-wide stages start from; its corrections, if any, are already applied to them, so the
   * corrections' corpus stage is not run again: `plan`, then the plan of the base's corrections, only makes the new
   * reports follow its actor corrections (the caller gives the new slices its mention stage).
   */
  constructor(
    private readonly index: ActorIndex,
    private readonly plan: CorrectionPlan | null = null,
    private readonly base: AppendBase | null = null,
  ) {
    this.discovered = new DiscoveredActors(index.roleTitles);
    if (base) {
      for (const m of base.mentions) this.namings.push(m);
      this.earlierEvents = new EarlierEvents(this.events, base.events, base.passages);
    }
  }

  add({ discoveries, candidates, mentions, trace }: SliceIndex): void {
    for (const d of discoveries) this.discovered.register(d);
    for (const m of mentions) this.namings.push(m);
    for (const c of candidates) {
      const followed = this.base && this.plan ? followActorCorrections(c, this.plan) : c;
      if (followed) this.events.add(followed);
    }
    if (trace) joinTrace(this.trace, trace);
  }

  finish(): CorpusRecords {
    if (this.base) return this.finishAppending(this.base, this.earlierEvents!);
    // The actors the extraction named, before any correction: those the corrections start from (a merged-away
    // actor has no corrected mention left, yet its record is what the merge moves).
    const counts = countMentions(this.namings);
    const actors = namedActors(this.index, this.discovered, counts, this.plan ? new Set(this.trace.actorsNamed) : null);
    const events: DatasetEvent[] = toDatasetEvents(this.events.merged, actors);
    if (!this.plan) return { actors, events, edges: countComentions(this.namings, events) };
    const corrected = correctCorpus({ actors, events, mentions: this.namings, citedPassages: this.trace.citedPassages }, this.plan, this.trace);
    return { actors: corrected.actors, events: corrected.events, edges: countComentions(this.namings, corrected.events), corrections: corrected.applied };
  }

  /**
   * The base's actors, with their mentions counted again, and those the new slices name first, in the order a build
   * of the whole corpus gives them (registry actors in the registry's order, then discovered ones as first seen); the
   * base's events joined by the new reports, or kept as they were; the edges counted again.
   */
  private finishAppending(base: AppendBase, earlierEvents: EarlierEvents): CorpusRecords {
    const counts = countMentions(this.namings);
    const earlier = new Map(base.actors.map((a) => [a.id, a]));
    const counted = (a: Actor): Actor => {
      const kept = earlier.get(a.id) ?? a;
      const mentionCount = counts.get(a.id) ?? 0;
      return kept.mentionCount === mentionCount ? kept : { ...kept, mentionCount };
    };
    const registry = registryActors(this.index, counts, (id) => counts.has(id) || earlier.has(id));
    const placed = new Set(registry.map((a) => a.id));
    const actors = [
      ...registry,
      ...base.actors.filter((a) => !placed.has(a.id)),
      ...this.discovered.toActors(counts).filter((a) => counts.has(a.id) && !earlier.has(a.id)),
    ].map(counted);
    const events = earlierEvents.toDatasetEvents(this.events.merged, actors);
    return { actors, events, edges: countComentions(this.namings, events), ...(base.corrections ? { corrections: base.corrections } : {}) };
  }
}

/** What the corpus-wide stages need of a dataset that articles are appended to (its passages: for their order). */
export type AppendBase = Pick<Dataset, 'actors' | 'events' | 'corrections'> & {
  passages: { id: string }[];
  mentions: { actorId: string; passageId: string }[];
};

function processArticle(index: ActorIndex, article: Article, discovered: DiscoveredActors) {
  // Pushed, not mapped (see prepareText in normalize-arabic.ts): map's result is packed or holey depending on V8's tier, and the loops over
  // the passages are deoptimised whenever the other kind comes.
  const segmented: (SegmentedPassage & { prepared: PreparedText })[] = [];
  const read = readerOf(article.text);
  for (const p of dropPageResidue(segmentPassages(article.text, article.bodyStart), article.text, article.bodyStart)) {
    const text = read(p.text);
    segmented.push({ ...p, text, prepared: prepareText(text) });
  }
  const passages: (Passage & { prepared: PreparedText })[] = [];
  for (const p of dropRepeatedPassages(segmented, (s) => s.prepared.words)) passages.push({ id: `${article.id}:p${passages.length + 1}`, documentId: article.id, ...p });
  // A headline pasted over the article (segment/headline.ts): its passage keeps its names (for search and the reader)
  // but reports nothing, and is read after the body, which opens with the lead and the dateline as without it.
  const headlines = passages.length > 1 && readsAsHeadline(article.text.slice(passages[0].start, passages[0].end), article.text.slice(passages[0].end, passages[1].start), article.text.slice(passages[1].start, passages[1].end)) ? passages.slice(0, 1) : [];
  const body = headlines.length ? passages.slice(1) : passages;
  const bodyAt = body[0]?.start ?? article.bodyStart;
  const mentions: Mention[] = [];
  const candidates: EventCandidate[] = [];
  const recent: string[] = [];
  // The countries of the office-holders named so far, the one the article reports from first.
  const homes: string[] = [];
  // (The dateline opens the text, on a line of its own too, or the body under a headline.)
  const told = datelineAgencyCountry(article.text) ?? (headlines.length ? datelineAgencyCountry(article.text.slice(bodyAt).trimStart()) : null);
  if (told) homes.push(told);
  // (The lead is the first passage that is a sentence, where the dateline is: not a line that credits the outlet or
  // the writer, «هسبريس - و.م.ع», nor the page's residue, "By Park Ji-won", dropped before.)
  const leadAt = Math.max(0, body.findIndex((p) => !CREDIT_LINE.test(p.text)));
  // ("WASHINGTON (AP) — Kuwait's top diplomat held talks with …. Earlier, the visiting minister met …": the guest is of
  // another country than the dateline's place.)
  const visited = datelinePlaceCountry(body[leadAt]?.text ?? '');
  const inDateline = datelineTest(article, body[leadAt]?.start ?? 0);
  // Persons the registry does not know, as the article names them: «فالكونر» later is «هاميش فالكونر».
  const discoveredSoFar = new Map<string, Discovered>();
  const times = new Map<string, number>();
  const honored = new HonorificAntecedents(index.honorificPronouns);
  // The first named in the last passage that named anyone: who a pronoun or a left-out subject goes on about.
  let recentSubject: string | undefined;
  // The last visit told with its visitor («زار X طهران في أغسطس»), for "during that trip" in a passage after it.
  let recentVisit: ReportedContact | undefined;
  // The two parties of the last contact told, when it had two: "They had met two days earlier".
  let recentPair: readonly [string, string] | undefined;
  // The two of the story's contact (the first told of two that took place): what a passage that frames it («ويأتي لقاء
  // تيانجين في سياق سلسلة من اللقاءات بين الرئيسين، إذ اجتمعا …») goes on about, whatever contact was told last.
  let storyPair: readonly [string, string] | undefined;
  // The day of the last contact told, with its paragraph: where "He later …" in the next sentence goes on.
  let lastDated = null as { paragraph: number; date: EventDate } | null;
  // The date (of any precision) of the contact the passage before told at a visit it names, with its paragraph: what
  // "during that visit" in the next one points to.
  let lastContactDated = null as { paragraph: number; date: EventDate } | null;
  // The passage before: the day it named last (for a strike too), in the same paragraph, is what «وفي اليوم ذاته، …»
  // opening the next points to (its dates are found only then).
  let lastPassage = null as Passage | null;
  // Whether that passage told a contact that took place: a day shift opening the next counts from the contact, not
  // from the day named.
  let lastPassageTold = false;
  const namedDayOf = (before: Passage | null, p: Passage) => (): EventDate | null => {
    // (A date or a weekday: "flew into Rome on Wednesday. That evening he met …".)
    const named = before?.paragraph === p.paragraph ? datesOf(before).findLast((d) => d.precision === 'day' && (d.basis === 'explicit' || d.basis === 'relative')) : undefined;
    return named ? { start: named.start, end: named.end, precision: 'day', basis: named.basis, text: named.text } : null;
  };
  // A discovered person holds the office of the title it was found after («وزير العلاقات الخارجية لجمهورية
  // الباراغواي، روبن …»): «الوزيران» may be that minister and a counterpart.
  const rolesOf = (actorId: string, day: string | null = article.published) => {
    const found = discovered.get(actorId);
    return found ? [found.role.role] : rolesOn(index, actorId, day).map((r) => r.role);
  };
  const countryOf = (actorId: string) => index.actors.get(actorId)?.country ?? discovered.get(actorId)?.role.country ?? null;
  const datesFound = new Map<Passage, FoundDate[]>();
  const datesOf = (p: Passage): FoundDate[] => {
    const known = datesFound.get(p);
    if (known) return known;
    // «في السادس من ديسمبر من العام نفسه»: of the year a passage before wrote last (looked for only then: finding
    // dates is the costly stage).
    const found = findDates(p.text, article.language, article.published, saysSameYear(p.text) ? yearWrittenBefore(p) : null, saysThatMonth(p.text) ? monthNamedBefore(p) : null).filter((d) => !inDateline(d, p.start + d.index));
    datesFound.set(p, found);
    return found;
  };
  // The year (the month) a passage before `p` wrote last.
  const namedBefore = (p: Passage, of: (dates: FoundDate[]) => string | null): string | null => {
    for (let i = body.indexOf(p as (typeof body)[number]) - 1; i >= 0; i--) {
      const named = of(datesOf(body[i]));
      if (named) return named;
    }
    return null;
  };
  const yearWrittenBefore = (p: Passage) => namedBefore(p, lastWrittenYear);
  const monthNamedBefore = (p: Passage) => namedBefore(p, (dates) => dates.findLast((d) => d.precision !== 'year')?.start.slice(0, 7) ?? null);
  /** The mentions of passage `p`, as the article read so far names its people. */
  const mentionsOf = (p: (typeof passages)[number]) => {
    const found = withoutTitlesBeforeTheirName(p.text, matchActors(index, p.prepared, article.published, recent[recent.length - 1] ?? null, { homes, visited, seen: recent, discovered: discoveredSoFar, times }));
    // Pushed into an array literal, not made by map: map makes an empty array of another elements kind than a full
    // one, and the stages that read a passage's mentions (extractEvents) would be deoptimised by the mix.
    const resolved: Mention[] = [];
    const offices = new Map<Mention, TitleOffice>();
    for (const m of found) {
      resolved.push({ actorId: m.actorId ?? discovered.register(m.discovered!), passageId: p.id, start: m.start, end: m.end, via: m.via });
      if (m.office) offices.set(resolved[resolved.length - 1], m.office);
    }
    // «سموه», «جلالته»: the person the article styled so.
    const pronouns = honored.resolve(p.prepared, resolved).map((h) => ({ ...h, passageId: p.id, via: 'honorific' as const }));
    const inPassage = pronouns.length ? [...resolved, ...pronouns].sort((a, b) => a.start - b.start) : resolved;
    return { found, resolved, offices, inPassage };
  };
  for (const p of body) {
    const { found, resolved, offices, inPassage } = mentionsOf(p);
    mentions.push(...inPassage);
    const reported = extractEvents({
      passageId: p.id,
      documentId: article.id,
      text: p.text,
      prepared: p.prepared,
      mentions: inPassage,
      dates: () => datesOf(p),
      recentActors: [...recent],
      recentSubject,
      recentVisit,
      recentPair: storyPair && (FRAMES_THE_STORY.test(p.text) || (AGAIN_WORD.test(p.text) && PAIR_AGAIN.test(p.text)) || (inPassage.length === 0 && OPENS_WITH_LEADERS.test(p.text))) ? storyPair : recentPair,
      recentDate: lastDated?.paragraph === p.paragraph ? lastDated.date : null,
      recentContactDate: lastContactDated?.paragraph === p.paragraph ? lastContactDated.date : null,
      namedDayBefore: namedDayOf(lastPassage, p),
      contactToldBefore: lastPassageTold,
      rolesOf,
      countryOf,
      published: article.published,
    });
    if (offices.size) holdersOnTheirDay(index, reported, inPassage, offices);
    candidates.push(...reported);
    const visit = lastVisitTold(reported);
    if (visit) recentVisit = { subject: visit.participants[0], date: visit.date };
    const contact = reported.findLast((e) => REFERENCED.has(e.type) && !e.planned && e.participants.length >= 2);
    if (contact) recentPair = contact.participants.length === 2 ? [contact.participants[0], contact.participants[1]] : undefined;
    storyPair ??= contact ? recentPair : undefined;
    const dated = reported.findLast((e) => REFERENCED.has(e.type) && !e.planned && e.date?.precision === 'day');
    lastDated = dated ? { paragraph: p.paragraph, date: dated.date! } : lastDated?.paragraph === p.paragraph ? lastDated : null;
    const toldWithDate = reported.findLast((e) => REFERENCED.has(e.type) && !e.planned && e.date !== null);
    const toldAtAVisit = toldWithDate && VISIT_NAMED.test(p.text) ? toldWithDate : undefined;
    lastContactDated = toldAtAVisit ? { paragraph: p.paragraph, date: toldAtAVisit.date! } : null;
    lastPassage = p;
    lastPassageTold = contact !== undefined;
    // "On Oct. 9 he was received … by X": a passage that opens on a pronoun goes on about the one its first contact
    // took that pronoun for, not about the first it names.
    const first = PRONOUN_FIRST.test(p.text.slice(0, inPassage[0]?.start ?? p.text.length)) ? reported.find((e) => e.via) : undefined;
    const carried = first && first.via![first.participants[0]] === 'subject' ? first.participants[0] : undefined;
    if (inPassage.length) recentSubject = carried ?? inPassage[0].actorId;
    found.forEach((m, i) => {
      if (m.discovered && !discoveredSoFar.has(resolved[i].actorId)) discoveredSoFar.set(resolved[i].actorId, m.discovered);
    });
    for (const m of found) {
      const country = m.actorId ? index.actors.get(m.actorId)?.country : undefined;
      if (country && !homes.includes(country)) homes.push(country);
    }
    countMentions(namingSites(inPassage, p.text), times);
    for (const m of inPassage) {
      const at = recent.indexOf(m.actorId);
      if (at >= 0) recent.splice(at, 1);
      recent.push(m.actorId);
    }
  }
  const visits = { named: recent, namedIn: (passageId: string) => mentions.filter((m) => m.passageId === passageId).map((m) => m.actorId), rolesOn: (actorId: string, day: string) => rolesOn(index, actorId, day), countryOf: countryOfPlace, published: article.published };
  // (The headline's names, read last: by then the article has named its people in full.)
  for (const p of headlines) mentions.unshift(...mentionsOf(p).inPassage);
  // The lead passage's dates, then a day a passage after it gives the story's contact («وذكرت الخارجية أن اللقاء عقد
  // السبت», "The meeting took place on Saturday"): the day its story tells of dates what the article tells with no day
  // of its own.
  let leadDates: FoundDate[] | null = null;
  const leadStory = () => (leadDates ??= body.length ? [...datesOf(body[leadAt]), ...restatedStoryDays(body.slice(leadAt + 1, leadAt + 1 + RESTATED_REACH), datesOf)] : []);
  const joined = joinAttendance(candidates);
  // What an undated first contact is referred to as ("Earlier in the day" after it): the lead's day, else the article's.
  const storyDay = article.published ? (leadDay(joined, article.published, leadStory)?.start ?? article.published) : null;
  const hosted = withoutCompatriotContacts(withVisitHosts(datedByReference(joined, article.published, storyDay), visits), countryOf);
  return { passages, mentions, events: datedByPublication(mergeWithinDocument(hosted, article.published), article.published, leadStory) };
}

/**
 * «غداة», «في اليوم السابق لـ»: a contact dated by the one reported before it in the article (dayShift days away).
 * That one's date is its own, or its article's day when it has none and is news. «جاء ذلك خلال …»: on the day of
 * what was told just before, whatever it was.
 */
function datedByReference(candidates: EventCandidate[], published: string | null, storyDay: string | null): EventCandidate[] {
  // The contact referred to last: its day and parties.
  let reference: DayOfParties | null = null;
  // The contacts of the story itself (not those recalled from more than BACKGROUND_DAYS before the article), the last
  // first: what a shifted day counts from when the one referred to shares no party with the one dated and the last of
  // these does («وكان الشرع وعبدي قد وقعا الاتفاق … في 10 مارس. وفي وقت لاحق من اليوم ذاته، استقبل أردوغان الشيباني»);
  // "the same day", any of these («وكان المبعوث قد التقى في اليوم السابق زكي. وفي سياق آخر، استقبل أبو الغيط في اليوم
  // نفسه …»), where «بعد ذلك بيوم» counts from what was told just before.
  const stories: DayOfParties[] = [];
  // The article's first contact referred to: its day is what «في اليوم السابق للقمة» points to.
  let lead = null as DayOfParties | null;
  // The day of whatever was told last (a statement too): «جاء ذلك خلال …» points back to it.
  let toldLast: string | null = null;
  // The first day of the last contact told with a day or a month: what "a month later" counts from.
  let toldMonth: string | null = null;
  // The last day counted, and from what: the audiences one clause tells apart ("met A and B separately the day
  // before") are counted from one day, not each from the one before.
  let counted = null as DayCounted | null;
  // The passage that told the dated contact referred to last.
  let referencePassage: string | null = null;
  for (const c of candidates) {
    // A contact told as done cannot fall after its article: a day counted past it was counted from the wrong contact.
    let countedFrom: string | null = counted && c.dayShift === counted.dayShift && c.passageIds[0] === counted.passageId ? counted.from : c.shiftFromLead ? (lead?.day ?? null) : storyOverRecalled(c.participants, reference, c.dayShift === 0 ? stories : stories.slice(0, 1));
    // "Later that day" after a contact of the story's backdrop told last (the welcome the evening before, the call the
    // talks came the day after, the meeting recalled from a month before): the story's own day, when the story's
    // contact shares a party. A sequel goes on with the story, not with its background.
    // (Not after a day its own sentence named: "held talks with X on August 21; he was received by Y later that day".)
    if (c.laterThatDay && countedFrom && lead && countedFrom < lead.day && c.passageIds[0] !== referencePassage && c.participants.some((a) => lead!.parties.includes(a))) countedFrom = lead.day;
    if (c.dayShift !== undefined) counted = { passageId: c.passageIds[0], dayShift: c.dayShift, from: countedFrom };
    // («بعد شهر من», "a month later": the month reached, not a day in it; counted from the contact told last, dated to
    // its month or its day, unless the clause frames the story's.)
    const monthFrom: string | null = c.shiftInMonths ? (c.shiftFromLead ? countedFrom : (toldMonth ?? countedFrom)) : null;
    const inMonth: { start: string; end: string } | null = monthFrom && c.dayShift !== undefined ? monthOf(monthFrom, c.dayShift) : null;
    const shifted: string | null = inMonth ? inMonth.start : c.dayShift !== undefined && countedFrom ? addDays(countedFrom, c.dayShift) : c.onDayToldBefore && !c.date ? toldOn(c.onDayToldBefore, toldLast, lead) : null;
    if (shifted && (c.planned || !published || shifted <= published)) c.date = inMonth ? { ...inMonth, precision: 'month', basis: 'relative' } : { start: shifted, end: shifted, precision: 'day', basis: 'relative' };
    if (c.date?.precision === 'day' && !c.planned && !c.earlier) toldLast = c.date.start;
    if ((c.date?.precision === 'day' || c.date?.precision === 'month') && REFERENCED.has(c.type) && !c.planned && c.participants.length > 1) toldMonth = c.date.start;
    // The contact referred to is a call, talks, a meeting or a visit; an undated one is the article's day only while
    // no dated one has been reported (a message or an agreement in between refers to nothing).
    // A visit is one with its traveller alone too ("travelled to Tehran on August 5 … On arrival he …"), and so is the
    // first contact, of one named, with a day of its own ("hosted a round of talks … on Friday. The day before, he …").
    if (!REFERENCED.has(c.type) || c.planned || (c.participants.length < 2 && c.type !== 'visit' && !(c.participants.length === 1 && c.date?.precision === 'day' && reference === null))) continue;
    if (c.date?.precision === 'day') {
      reference = { day: c.date.start, parties: c.participants };
      referencePassage = c.passageIds[0];
    }
    else if (!c.date && !c.earlier && storyDay && reference === null) reference = { day: storyDay, parties: c.participants };
    if (reference !== null && (!published || !c.date || addDays(reference.day, BACKGROUND_DAYS) >= published) && reference !== stories[0]) stories.unshift(reference);
    lead ??= reference;
  }
  return candidates;
}

/** The day «جاء ذلك خلال …» points back to (what was told last), or «على هامش القمة» (the story's gathering, when what was
 *  told last came in the days before it: the arrival's evening talks before the summit). */
function toldOn(how: true | 'gathering', toldLast: string | null, lead: DayOfParties | null): string | null {
  if (how === 'gathering' && lead && toldLast && toldLast < lead.day && toldLast >= addDays(lead.day, -BACKGROUND_DAYS)) return lead.day;
  return toldLast;
}

/** A visit named in a passage («زيارة», «بزيارة», "visit"): a contact told there was told at it. */
const VISIT_NAMED = /(?:زيارة|visit)(?![\p{L}])/iu;

/** A contact recalled from this many days or more before its article is background, not the story. */
const BACKGROUND_DAYS = 7;

/** A contact's day and parties. */
interface DayOfParties {
  day: string;
  parties: readonly string[];
}

/**
 * The day a shift counts from: the contact referred to last, unless it shares no party with the one dated and a
 * contact of the story does (the last such one): not a recalled contact, nor another pair's told in between.
 */
function storyOverRecalled(parties: readonly string[], reference: DayOfParties | null, stories: readonly DayOfParties[]): string | null {
  if (!reference) return null;
  const shares = (others: readonly string[]) => parties.some((a) => others.includes(a));
  if (shares(reference.parties)) return reference.day;
  return stories.find((s) => shares(s.parties))?.day ?? reference.day;
}

/** A day counted in a passage: how many days, and from which day. */
interface DayCounted {
  passageId: string;
  dayShift: number;
  from: string | null;
}

/** "he", "she" before anyone is named in a passage: its subject is someone named before. */
const PRONOUN_FIRST = /(?:^|[^\p{L}])(?:he|she)\s/iu;

const REFERENCED = new Set<EventCandidate['type']>(['phone_call', 'talks', 'meeting', 'visit']);

function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The first and last days of the month `months` away from `day`'s. */
function monthOf(day: string, months: number): { start: string; end: string } {
  const [y, m] = day.split('-').map(Number);
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0));
  return { start: first.toISOString().slice(0, 10), end: last.toISOString().slice(0, 10) };
}

/**
 * Whether `date`, found at offset `at`, is the dateline («MOSCOW, July 21, 2025 (Reuters) -»), which dates the
 * article, not the events after it. When the manifest dates the article, the dateline is read only for a date
 * within its reach that restates that day: any other full date near the start («met on 11 October 2024») is news.
 * The dateline opens the body: from 0, or from `body` after a headline pasted over the article.
 */
function datelineTest(article: Article, body: number): (date: FoundDate, at: number) => boolean {
  let dateline = article.dateline;
  return (date, at) => {
    const near = at - body < DATELINE_REACH;
    // «CITY, Sept 18 (Agency) -» with no year: the article's day right after the place that opens it.
    if (date.start === article.published && near && DATELINE_LEAD.test(article.text.slice(body, at))) return true;
    // «مسقط في 18 فبراير /العُمانية/», «موسكو / 28 أيار / مايو / إرنا -»: the place, «في» or a slash, the day and the
    // agency between slashes or brackets.
    if (date.start === article.published && near && PLACE_ON.test(article.text.slice(body, at)) && AGENCY_AFTER.test(article.text.slice(at + date.text.length, at + date.text.length + 8))) return true;
    // «طرابلس - ليبيا اليوم:», "Tripoli - Libya Today:": a day word in the name of the outlet a dateline credits.
    if (near && DATELINE_CREDIT_LEAD.test(article.text.slice(body, at)) && CREDIT_END.test(article.text.slice(at, at + 24))) return true;
    if (dateline === 'unread') {
      if (!near || date.start !== article.published) return false;
      const found = findDateline(article.text.slice(body));
      dateline = found && found.date === article.published ? { start: body + found.index, end: body + found.index + found.length } : null;
    }
    return dateline !== null && at >= dateline.start && at < dateline.end;
  };
}

/**
 * What opens an article before its dateline's date: up to four words of place names and a comma or dash («ANKARA,»,
 * «الرياض -», "NEW DELHI/JEDDAH,"). (Not «دمشق - استقبل الرئيس السوري أحمد الشرع، اليوم الأربعاء»: a sentence.)
 */
const DATELINE_LEAD = /^\s*[\p{L}.'’()/]+(?:[\s,]+[\p{L}.'’()/]+){0,3}\s*[,،–—-]\s*$/u;
const PLACE_ON = /^\s*\p{L}+(?:\s+\p{L}+){0,2}(?:\s+في|\s*\/)?\s*$/u;
const AGENCY_AFTER = /^\s*[/(]/u;
/** A dateline's place, a dash and the start of the outlet it credits, up to a colon: «طرابلس - ليبيا …:». */
const DATELINE_CREDIT_LEAD = /^\s*[\p{L}\s.'’()]{2,40}\s[–—-]\s*[\p{L}\s]{0,30}$/u;
const CREDIT_END = /^[^:.،,\n]{0,20}:/u;

/**
 * A report of a call, meeting or statement with no date of its own is dated by its article's publication
 * day, marked as such; happenings mentioned in passing, earlier or planned ones stay undated.
 */
function datedByPublication(events: EventCandidate[], published: string | null, leadDates: () => FoundDate[]): EventCandidate[] {
  if (!published) return events;
  const lead = leadDay(events, published, leadDates);
  for (const e of events) {
    plannedByDate(e, published);
    if (e.date || e.earlier || e.planned || e.type === 'killing' || e.type === 'military_action') continue;
    // In the story of a visit reported yesterday («أجرت ميلوني أمس زيارة …»), what it tells with no day of its own
    // («وكان في استقبالها …», «كما التقت …») happened that day.
    e.date = lead && isContact(e.type) ? lead : { start: published, end: published, precision: 'day', basis: 'publication' };
  }
  return events;
}

/**
 * The day of the article's first held contact, when the text gives it and it is a day or two before publication; with
 * no such contact, the first such day its lead passage gives ("donors pledged … at a conference hosted … on Monday").
 */
function leadDay(events: EventCandidate[], published: string, leadDates: () => FoundDate[]): EventCandidate['date'] {
  // The story's first contact: its own day, or when it has none, the lead's (not a contact recalled further on).
  const first = events.find((e) => isContact(e.type) && !e.planned && !e.earlier);
  const date = first?.date ?? leadDates().find((d) => d.precision === 'day') ?? null;
  if (!date || date.precision !== 'day' || date.basis === 'publication' || date.start >= published) return null;
  const daysBefore = (Date.parse(published) - Date.parse(date.start)) / 86_400_000;
  return daysBefore <= LEAD_DAYS ? { start: date.start, end: date.end, precision: 'day', basis: 'relative' } : null;
}

const LEAD_DAYS = 2;

/** A line of up to four words and the marks between them, no sentence: «هسبريس - و.م.ع», «الدوحة/ الأناضول», "By Staff". */
const CREDIT_LINE = /^\s*[\p{L}.'’()]+(?:[\s/|–—:-]+[\p{L}.'’()]+){0,3}[\s/|–—:.-]*$/u;
/** How many passages after the lead may give its contact's day. */
const RESTATED_REACH = 3;
/** A contact told before, named again as the subject of a verb of holding it: «أن اللقاءين عُقدا», "the meeting took place". */
const RESTATES_CONTACT = new RegExp(
  String.raw`(?:^|[\s،,])(?:أن|ان|و)?(?:اللقاء|اللقاءين|اللقاءان|الاجتماع|الاجتماعين|الاجتماعان|المباحثات|المحادثات|الاتصال|المكالمة)(?:\s+[^\s.،,]+){0,2}?\s+(?:عقد|عقدا|عقدت|جرى|جريا|جرت|تم|أجري|أجريت|اجري|اجريت|انعقد|انعقدت)(?![\p{L}])` +
    String.raw`|(?<![\p{L}])(?:the|both)\s+(?:two\s+)?(?:meetings?|talks|call|phone\s+call|conversation|encounter)(?:\s+[^\s.,]+){0,2}?\s+(?:took\s+place|was\s+held|were\s+held|happened)(?![\p{L}])`,
  'iu',
);
/** How far after its verb the restated day is written (characters). */
const RESTATED_DAY_REACH = 40;

/**
 * The days of the first passage of `passages` that restates the story's contact with a day of its own: "The meeting
 * took place on Saturday on the sidelines of …", «وذكرت الخارجية أن اللقاءين عُقدا السبت على هامش …».
 */
function restatedStoryDays(passages: Passage[], datesOf: (p: Passage) => FoundDate[]): FoundDate[] {
  for (const p of passages) {
    const plain = p.text.replace(ARABIC_MARKS, '');
    const m = RESTATES_CONTACT.exec(plain);
    if (!m) continue;
    // (Marks taken out only shorten the text: the verb's end, read in it, is at or before its end in the passage.)
    const verbEnd = m.index + m[0].length;
    const reach = verbEnd + (p.text.length - plain.length) + RESTATED_DAY_REACH;
    const days = datesOf(p).filter((d) => d.precision === 'day' && d.index >= verbEnd && d.index <= reach);
    if (days.length) return days;
  }
  return [];
}
const ARABIC_MARKS = /[\u064B-\u0652\u0640]/gu;
/** Words of a date that say it is past: «الماضي», "last", "ago". */
const SAID_PAST = /(?:^|[^\p{L}])(?:الماضي|الماضية|المنصرم|المنصرمة|last|ago|past)(?![\p{L}])/iu;

/**
 * A contact dated after its article is planned («غدا الأربعاء»); a planned one whose date had no year and fell
 * before the article is the next such day: next week's for a weekday ("travels on Thursday", read as the last
 * Thursday), next year's for a date («at the summit on June 24-25»).
 */
function plannedByDate(e: EventCandidate, published: string): void {
  const d = e.date;
  if (!d || (!isContact(e.type) && e.type !== 'talks')) return;
  if (d.precision === 'day' && d.start > published) e.planned = true;
  // («في مايو الماضي», "last May": a past its words say, whatever made the contact planned.)
  if (e.planned && !e.planToldBefore && d.end < published && d.text && !/\d{4}/.test(d.text) && !SAID_PAST.test(d.text)) {
    // A day counted from the publication day is a weekday here (the date stage reads a bare one as the last such day).
    const later = d.basis === 'relative' && d.precision === 'day' ? (day: string) => addDays(day, 7) : (day: string) => `${Number(day.slice(0, 4)) + 1}${day.slice(4)}`;
    e.date = { ...d, start: later(d.start), end: later(d.end) };
  }
}

/**
 * The places a passage names each person, for how often an article names them («الضيف السعودي» is the visitor named
 * most): a title and the name right after it («ولي العهد رئيس مجلس الوزراء السعودي، الأمير محمد بن سلمان») are one.
 */
function namingSites<M extends { actorId: string; start: number; end: number }>(mentions: M[], text: string): M[] {
  return mentions.filter((m, i) => i === 0 || mentions[i - 1].actorId !== m.actorId || !SAME_SITE_GAP.test(text.slice(mentions[i - 1].end, m.start)));
}
/** Between two mentions of one naming: a comma, spaces and a word or two of honorific. */
const SAME_SITE_GAP = /^[\s,،]*(?:\p{L}+\s+){0,2}$/u;

/** Mentions per actor id. */
export function countMentions(mentions: { actorId: string }[], counts = new Map<string, number>()): Map<string, number> {
  for (const m of mentions) counts.set(m.actorId, (counts.get(m.actorId) ?? 0) + 1);
  return counts;
}

/**
 * The actors of a build (not an append): registry actors in the registry's order, then discovered ones as first
 * seen, those named (`named`, else those with a mention in `counts`), each with its count of mentions.
 */
export function namedActors(index: ActorIndex, discovered: DiscoveredActors, counts: ReadonlyMap<string, number>, named: ReadonlySet<string> | null = null): Actor[] {
  const isNamed = (id: string) => (named ? named.has(id) : counts.has(id));
  return [...registryActors(index, counts, isNamed), ...discovered.toActors(counts).filter((a) => isNamed(a.id))];
}

/** The registry's actors that `kept` keeps, in the registry's order (only those are built: the registry has a thousand and more). */
function registryActors(index: ActorIndex, counts: ReadonlyMap<string, number>, kept: (id: string) => boolean): Actor[] {
  return [...index.actors.values()].filter((a) => kept(a.id)).map((a) => ({
    id: a.id,
    name: a.name,
    shortName: { en: a.surnames.en[0] ?? shortOf(a.name.en), ar: a.surnames.ar[0] ?? shortOf(a.name.ar) },
    aliases: [...new Set([...a.fullNames.ar, ...a.fullNames.en, ...a.surnames.ar, ...a.surnames.en, ...a.aliases.ar, ...a.aliases.en])],
    country: a.country,
    roles: a.roles.map((r) => ({ title: r.title, role: r.role, country: r.country, from: r.from, to: r.to })),
    mentionCount: counts.get(a.id) ?? 0,
    discovered: false,
  }));
}

/**
 * A label for a person with no surname of their own: an Arab name by its first name and father's («Faisal bin
 * Farhan» of «Faisal bin Farhan Al Saud»), any other by its last word.
 */
function shortOf(name: string): string {
  const words = name.split(/\s+/);
  if (words.length >= 3 && /^(?:bin|bint|ibn|بن|بنت|ابن)$/.test(words[1])) return words.slice(0, 3).join(' ');
  // "Abdullah II", «محمد السادس», «لاون الرابع عشر»: a monarch's or a pope's ordinal is no surname.
  const ordinal = REGNAL_ORDINAL.test(words.at(-1)!) ? 1 : words.at(-1) === 'عشر' && REGNAL_ORDINAL.test(words.at(-2) ?? '') ? 2 : 0;
  // «بدر عبد العاطي», «أحمد أبو الغيط», "Ahmed Aboul Gheit", "Ursula von der Leyen": the surname keeps its particles.
  let from = words.length - 1 - ordinal;
  while (from > 1 && SURNAME_PARTICLE.test(words[from - 1])) from--;
  return words.slice(from).join(' ');
}
// (European particles in lower case only: Vietnamese "Phan Van Giang" has a middle name.)
const SURNAME_PARTICLE = /^(?:عبد|أبو|ابو|أبي|ابي|بو|[Aa](?:bu|bou|boul|bul|bdel|bdul|bd|l)|[Ee]l|[Ii]bn|van|von|der|den|de|da|di|du|le|la)$/u;
const REGNAL_ORDINAL = /^(?:[IVXL]+|ال(?:أول|اول|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر|حادي)ة?)$/u;

/** What PAIR_AGAIN cannot match without (looked for first: a pattern that opens on a class of letters is tried at every
 *  position, a word is found at once). */
const AGAIN_WORD = /مجدد|مرة\s+أخرى|again/i;
/** «ومن المنتظر أن يلتقي الرئيسان مجددا», "the two leaders are to meet again": a pair word then "again" is the story's two. */
const PAIR_AGAIN = /(?:^|[^\p{L}])(?:ال\p{L}+(?:ان|ين)|the\s+two\s+\p{L}+)\s+(?:\p{L}+\s+){0,5}(?:مجددا|مجدداً|مرة\s+أخرى|again)(?![\p{L}])/iu;

/** "The two leaders …", «وكان الزعيمان …» opening a passage that names no one: the story's two (not the airport welcome
 *  told last). */
const OPENS_WITH_LEADERS = /^\s*(?:the\s+two\s+(?:leaders|presidents)|(?:و?كان\s+)?(?:ال)?(?:زعيمان|زعيمين|رئيسان|رئيسين))(?![\p{L}])/iu;

/** A passage that opens by framing the story's contact: «ويأتي لقاء اليوم …», «وجاءت هذه الزيارة …», «وتعكس الزيارة …», "The talks come …", "The visit marks …". */
const FRAMES_THE_STORY = /^\s*(?:و?(?:يأتي|تأتي|جاء|جاءت|يعكس|تعكس|يعد|تعد|يعتبر|تعتبر|يندرج|تندرج|يكتسب|تكتسب|يمثل|تمثل)\s+(?:هذا\s+|هذه\s+)?(?:ال)?(?:لقاء|اتصال|زيارة|مباحثات|محادثات|قمة|اجتماع)|(?:the|this|their|today's|[\p{Lu}][\p{L}'’-]*'s?)\s+(?:\p{L}+\s+){0,2}(?:talks|meeting|call|visit|summit)\s+(?:comes?|came|follows?|followed|(?:is|was)\s+the\s+latest|reflects|marks))(?![\p{L}])/iu;
