// One passage → the events it reports: a clause with a trigger word («اتصال هاتفي», «التقى», «قال»…)
// becomes an event with that clause's actors, its nearest date, place, and planned/earlier markers.
import type { EventDate, ParticipantVia } from '../../schema/dataset';
import { longestMatchAt, matchesAt, type TrieMatch } from '../actors/phrase-trie';
import { addDays, parseIsoDay, toIsoDay } from '../dates/calendar';
import type { FoundDate } from '../dates/find-dates';
import { normalizeArabic, originalEnd, prepareText, tokenize, type PreparedText } from '../normalize/normalize-arabic';
import { isCommonArabic } from '../actors/name-words';
import roleTitlesJson from '../actors/role-titles.json';
import { contactGroups, JOINING_REACH, type ClauseMention, type MarkerHit } from './contact-participants';
import { eventTrie, joinsAParty, HANDED_THING, isArrivalWord, isHandover, isObjectVerb, tellsTimeSpent, needsPersonObject, PERSON_OBJECT_TITLE_WORDS, isMinisterial, isOfOffice, LOCATIVES, PLACE_LEAD_INS, saysAttended, type CandidateType, type LexiconValue } from './event-lexicon';

export interface PassageFacts {
  passageId: string;
  documentId: string;
  text: string;
  /** The passage normalised and tokenised (computed here when absent). */
  prepared?: PreparedText;
  /** Resolved mentions in the passage, in order. */
  mentions: { actorId: string; start: number; end: number }[];
  /** The passage's dates, asked for only when it holds a trigger word (finding dates is the costly stage). */
  dates: FoundDate[] | (() => FoundDate[]);
  /** Distinct actors named before this passage in its document, the most recent last. */
  recentActors: string[];
  /** The first actor named in the last passage before this one that named any. */
  recentSubject?: string;
  /** The last visit a passage before this one told, with its visitor and date: what "during that trip" points to. */
  recentVisit?: ReportedContact;
  /** The two parties of the last contact told before this passage, when it had two: whom "they" stands for. */
  recentPair?: readonly [string, string];
  /** The day of the last contact the sentence before told, in the same paragraph: where "He later …" goes on. */
  recentDate?: EventDate | null;
  /** The date, of any precision, of the contact the sentence before told in the same paragraph at a visit it names
   *  («… على هامش زيارة الرئيس X», "during X's visit"): the visit «خلال تلك الزيارة» points to. */
  recentContactDate?: EventDate | null;
  /** The day the passage before, in the same paragraph, named for what it told (of any kind): «وفي اليوم ذاته» opening this one. */
  namedDayBefore?: () => EventDate | null;
  /** The passage before, in the same paragraph, told a contact that took place (a shift opening this one counts from it). */
  contactToldBefore?: boolean;
  /** The registry roles an actor held on the article's day («الرئيسين» names the two presidents among those named), or on another. */
  rolesOf?: (actorId: string, day?: string | null) => string[];
  /** A registry actor's country. */
  countryOf?: (actorId: string) => string | null;
  /** The article's publication day ('YYYY-MM-DD'), when known. */
  published?: string | null;
}

export interface EventCandidate {
  type: CandidateType;
  participants: string[];
  date: EventDate | null;
  location: string | null;
  planned: boolean;
  /** How each participant of a contact came to take part (see contact-participants.ts). */
  via?: Record<string, ParticipantVia>;
  /** A few words of the source from the trigger on, for an event that names nobody. */
  summary?: string;
  /** The clause says it happened at some earlier, unstated time («في وقت سابق»). */
  earlier: boolean;
  /** «غداة», «في اليوم السابق لـ»: days from the contact reported just before (its date is that one's plus this). */
  dayShift?: number;
  /** «بعد شهر من», "a month after": `dayShift` counts months, and the date is the month reached. */
  shiftInMonths?: boolean;
  /** «وفي اليوم السابق للقمة، …»: the days are counted from the article's first contact, not the one told last. */
  shiftFromLead?: boolean;
  /** «وفي وقت لاحق من اليوم ذاته», "later that day" (a dayShift of 0): after the story's contact, not before it. */
  laterThatDay?: boolean;
  /** «جاء ذلك خلال استقباله …», "He made the remarks during talks with …": on the day of what was told just before;
   *  'gathering' for «على هامش القمة», "on the sidelines of the summit": of the story's gathering, when what was told
   *  just before came earlier in the story (the evening before it). */
  onDayToldBefore?: boolean | 'gathering';
  /** A plan told in the past ("was due to", «كان من المقرر»): a bare weekday it names is the last such day, not next week's. */
  planToldBefore?: boolean;
  /**
   * «وحضر اللقاء X», "the talks were attended by X": its participants attend a contact told before (attendance.ts):
   * the last one; 'both', the last two («وحضر اللقاءين X», "the meetings, attended by X"); or the last of the pair
   * given («لقاء X بـY، الذي حضره Z»).
   */
  attends?: 'last' | 'both' | { pair: string[] };
  /** «أطلع X الرئيس على نتائج الزيارة», "X briefed the prime minister": a briefing, met in person (compatriot-contacts.ts). */
  briefing?: boolean;
  /** «استقبل X Y», "X received Y": a host's audience with one guest, both named in its clause (compatriot-contacts.ts). */
  audience?: boolean;
  /** When reports of the event disagree on its day: each day and the passages that give it. */
  dateReadings?: { date: EventDate; passageIds: string[] }[];
  passageIds: string[];
  documentIds: string[];
}

/** What a candidate is made of: its optional fields may be left out. */
type CandidateFields = Omit<EventCandidate, 'via' | 'summary' | 'dayShift' | 'shiftInMonths' | 'shiftFromLead' | 'laterThatDay' | 'onDayToldBefore' | 'planToldBefore' | 'attends' | 'briefing' | 'audience' | 'dateReadings'> &
  Partial<Pick<EventCandidate, 'via' | 'summary' | 'dayShift' | 'shiftInMonths' | 'shiftFromLead' | 'laterThatDay' | 'onDayToldBefore' | 'planToldBefore' | 'attends' | 'briefing' | 'audience' | 'dateReadings'>>;

/**
 * Every candidate is made here, with all its fields in the interface's order (those left out undefined): objects of
 * one shape, which the stages after this one (dating, merging) read and write without V8 deoptimising them.
 */
export function newCandidate(f: CandidateFields): EventCandidate {
  return {
    type: f.type,
    participants: f.participants,
    date: f.date,
    location: f.location,
    planned: f.planned,
    via: f.via,
    summary: f.summary,
    earlier: f.earlier,
    dayShift: f.dayShift,
    shiftInMonths: f.shiftInMonths,
    shiftFromLead: f.shiftFromLead,
    laterThatDay: f.laterThatDay,
    onDayToldBefore: f.onDayToldBefore,
    planToldBefore: f.planToldBefore,
    attends: f.attends,
    briefing: f.briefing,
    audience: f.audience,
    dateReadings: f.dateReadings,
    passageIds: f.passageIds,
    documentIds: f.documentIds,
  };
}

interface Hit {
  value: LexiconValue;
  start: number;
  end: number;
}

/**
 * "He later held talks with …", "She then met …", "The emir later received …", "Araghchi then met …": the next step of
 * the story told before in the passage, on its day.
 */
const LATER_ON = /(?:^|[^\p{L}])(?:[Hh]e|[Ss]he|[Tt]he\s+\p{Ll}+|\p{Lu}[\p{L}'’-]+)\s+(?:later|then|subsequently)\s+$/u;
const LATER_ON_REACH = 32;

/** "a long-planned session", "the long-awaited visit": an adjective of the contact, which is told as held. */
const LONG_BEFORE = /(?<![\p{L}])long[-‐\s]$/iu;

/** «، وعرض معهما …», «، وأطلعهما على …», "and told them": the two just named are addressed as one. */
const DUAL_OBJECT_NEXT = /^[\s،,]*و\p{L}+\s+(?:مع|ل|إلى|الى|ب|على)?(?:هما)(?![\p{L}])|^[\s،,]*و\p{L}+هما(?![\p{L}])|^[\s,]*and\s+(?:told|briefed|discussed\s+with|reviewed\s+with)\s+them(?![\p{L}])/u;

/** "was due to", "were expected to", «كان من المقرر»: a plan as it stood before the article. */
const PLAN_TOLD_BEFORE = /(?:^|[^\p{L}])(?:was|were|had been|و?كان|و?كانت)\s+$/iu;

const SPEECH_END = /[:"“”«»]|(?<![\p{L}])(?:[أإا]ن|أنه|إنه|ب[أا]ن|ب[أا]نه|that)(?![\p{L}])/u;

export function extractEvents(p: PassageFacts): EventCandidate[] {
  const prepared = p.prepared ?? prepareText(p.text);
  // «رئيس حكومة الوحدة الوطنية», "head of the government": a topic word inside a title names an office, not a topic.
  const hits = findHits(prepared).filter((h) => h.value.kind !== 'topic' || !TITLE_HEAD_BEFORE.test(p.text.slice(Math.max(0, h.start - 16), h.start)));
  const events: EventCandidate[] = [];
  let previousType: CandidateType | null = null;
  let previousPlanned = false;
  // The last clause's own date, for a clause that goes on at its scene («حيث», "where").
  let previousDate: EventDate | null = null;
  if (!hits.some((h) => h.value.kind === 'trigger')) return coChaired(p.text, hits, p.mentions, typeof p.dates === 'function' ? (CHAIRED_BY_ANYWHERE.test(p.text) ? p.dates() : []) : p.dates, p).map((named) => newCandidate({ ...named, location: null, earlier: false, passageIds: [p.passageId], documentIds: [p.documentId] }));
  // With nobody named and no «الطرفان» to point back, only a strike or a killing can be an event: finding the
  // dates (the costly stage) is skipped for every other passage.
  if (p.mentions.length === 0 && !hits.some((h) => h.value.kind === 'pair' || (h.value.kind === 'trigger' && isHappening(h.value.type))) && !PRONOUN_PAIR.test(p.text) && !(p.recentPair && THEY_ANYWHERE.test(p.text))) return [];
  const allDates = typeof p.dates === 'function' ? p.dates() : p.dates;
  // A date in a relative clause («الذي يتولى منصبه منذ يونيو 2023،») or one that starts a period («هو الأول منذ أن
  // وقع البلدان في مارس …») dates nothing the clause reports: it splits none.
  // The first party of the last contact reported, and its date: the subject and day of a coordinated verb after it.
  let lastContact = null as ReportedContact | null;
  // The subject of the first contact the passage reports: who a later "he", "him" points back to.
  let sentenceSubject: string | null = null;
  const clauses = splitClauses(p.text, allDates.filter((d) => !inAside(p.text, 0, d.index, hits) && !startsPeriod(p.text, d.index, hits)), p.mentions, hits);
  for (const { from, to, sharesSubject } of clauses.flatMap((c) => reportedContactApart(p.text, c, hits, p.mentions))) {
    const inClause = <T extends { start: number }>(xs: T[]) => xs.filter((x) => x.start >= from && x.start < to);
    const clauseHits = inClause(hits);
    const mentions = inClause(p.mentions);
    // («ويأتي لقاء اليوم بعد …»: the day of the contact that frames the clause is not the day of what it is set against.)
    const framedDay = (d: FoundDate) => clauseHits.some((h) => h.value.kind === 'trigger' && d.index > h.end && d.index <= h.end + 2 && framesStory(p.text, h));
    const dates = allDates.filter((d) => d.index >= from && d.index < to && !startsPeriod(p.text, d.index, hits) && !OCCASION_BEFORE.test(p.text.slice(Math.max(0, d.index - OCCASION_REACH), d.index)) && !framedDay(d));
    // «، ثم مع …»: a conjunction alone between two cuts tells nothing and leaves the story's state as it was.
    if (clauseHits.length === 0 && mentions.length === 0 && dates.length === 0 && !/\p{L}{4}/u.test(p.text.slice(from, to))) continue;
    // Of equal triggers, the one nearest the clause's date says what happened on it.
    const nearDate = (h: Hit) => Math.min(Infinity, ...dates.map((d) => Math.abs(d.index - h.start)));
    // A contact word in what was discussed ("met … to discuss … the Board of Governors meeting") reports nothing.
    const firstTrigger = clauseHits.find((h) => h.value.kind === 'trigger');
    const topicAt = firstTrigger ? clauseHits.find((h) => h.value.kind === 'topic' && h.start >= firstTrigger.end)?.start : undefined;
    const inTopic = (h: Hit) => topicAt !== undefined && h.start > topicAt;
    // «بحث مع … اغتيال هنية», "discussed with … the killing of": a strike or a killing named after a contact word is what
    // they talked about, not what the clause reports (its victims are still found: `killing` below).
    // («بحث مع … تنفيذ معاهدة الشراكة», "discussed with … the treaty", «محادثات مع X تتناول … معاهدة»: an agreement after a
    // verb of discussing or talks with someone is what they discussed.)
    const discussedHappening = (h: Hit) =>
      (isHappening(typeOf(h)) && clauseHits.some((t) => t.value.kind === 'trigger' && t.end <= h.start && isArgued(typeOf(t)))) ||
      (typeOf(h) === 'agreement' && clauseHits.some((t) => t.value.kind === 'trigger' && t.end <= h.start && typeOf(t) === 'talks' && (DISCUSSING.test(p.text.slice(t.start, t.end)) || TALKS_WITH_AFTER.test(p.text.slice(t.end, t.end + TALKS_WITH_REACH))) && !signedBetween(t.end, h.start)));
    // (Not one signed after the talks: «محادثات … ووقعا في ختامها اتفاقية».)
    const signedBetween = (start: number, end: number) => clauseHits.some((t) => t.value.kind === 'trigger' && typeOf(t) === 'agreement' && t.start >= start && t.end <= end);
    // «وعقد خلالها مباحثات مع X أسفرت عن توقيع الاتفاقية», "talks that led to the signing of": the signing is what the
    // contact came to, not what the clause reports.
    const outcomeWord = OUTCOME_WORD.test(p.text.slice(from, to)) ? OUTCOME.exec(p.text.slice(from, to)) : null;
    const outcomeAt = outcomeWord ? from + outcomeWord.index : undefined;
    const outcome = (h: Hit) => outcomeAt !== undefined && h.start > outcomeAt && clauseHits.some((t) => t.value.kind === 'trigger' && t.end <= outcomeAt && isArgued(typeOf(t)));
    // «استقبل X أمس Y، الذي سلمه دعوة لحضور القمة المقررة …»: a contact word or a mark of the future in a relative
    // clause on a person tells something else than the clause's own contact word outside it.
    const inRelative = (h: Hit) => inAside(p.text, from, h.start, hits) && onPerson(p.text, from, h.start, mentions);
    const contactOutside = clauseHits.some((h) => h.value.kind === 'trigger' && isArgued(typeOf(h)) && h.start < to && !inRelative(h));
    const aside = (h: Hit) => contactOutside && inRelative(h);
    const spoken = reportedSpeechStart(p.text, clauseHits, mentions, from, to);
    // Another contact word of the clause than `h` that passes `test`.
    const otherContact = (h: Hit, test: (t: Hit) => boolean) => clauseHits.some((t) => t !== h && t.value.kind === 'trigger' && isArgued(typeOf(t)) && test(t));
    const attendedBesides = (h: Hit) => (attending(p.text, h) || atGathering(p.text, h)) && otherContact(h, (t) => !attending(p.text, t) && !atGathering(p.text, t) && !sidelines(p.text, t));
    // ("are expected to meet on the margins of the APEC summit on November 16": the summit of a contact planned beside it.)
    const plannedBesides = (h: Hit) => isGathering(p.text, h) && otherContact(h, (t) => !isGathering(p.text, t) && markedPlanned(clauseHits, t));
    // (Asked once per trigger: the sort below compares each several times.)
    const clauseTriggers = clauseHits.filter((h) => h.value.kind === 'trigger');
    // ("In a separate meeting, X held talks with Y", «وفي لقاء منفصل، التقى …»: the opening phrase sets the contact apart
    // from the one told before; the verb after it is the contact.)
    const separateOpening = SEPARATE_OPENING.exec(p.text.slice(from, to));
    const opensApart = (h: Hit) => separateOpening !== null && h.start < from + separateOpening[0].length;
    const demoted = new Map(clauseTriggers.length > 1 ? clauseTriggers.map((h) => [h, sidelines(p.text, h) || attendedBesides(h) || plannedBesides(h) || opensApart(h) || preparedFor(p.text, h)]) : []);
    const triggers = clauseHits
      .filter((h) => h.value.kind === 'trigger' && h.start < spoken && !urges(p.text, h, to) && !objectIsNoOne(p.text, h, mentions) && !arrivesNoOne(p.text, h, mentions) && !handsNothing(p.text, h) && !spentWithNoOne(p.text, h, mentions) && !receivesAThing(p.text, h) && !negated(p.text, h, from) && !framesStory(p.text, h) && !judged(p.text, h) && !briefedOn(p.text, h, from, mentions) && !hostsAsNoun(p.text, h) && !audienceNotAttended(p.text, h))
      .sort((a, b) => Number(demoted.get(a)) - Number(demoted.get(b)) || Number(discussedHappening(a)) - Number(discussedHappening(b)) || Number(outcome(a)) - Number(outcome(b)) || Number(aside(a)) - Number(aside(b)) || rank(a) - rank(b) || Number(inTopic(a)) - Number(inTopic(b)) || nearDate(a) - nearDate(b));
    // "discussed with his guest the fall of Assad the day before": a shift inside what was discussed, with no contact
    // word after it, is the topic's.
    const discussed = (h: Hit) => inTopic(h) && !clauseHits.some((t) => t.value.kind === 'trigger' && isArgued(typeOf(t)) && t.start > h.start && t.start < spoken);
    // («بعد نحو شهرين من زيارة قام بها لافروف في 25 فبراير»: a month counted to a contact the clause dates itself counts
    // nothing.)
    const ownDateAfter = (h: Hit) => h.value.kind === 'dayShift' && h.value.inMonths && dates.some((d) => d.index > h.start);
    const shiftHit = clauseHits.find((h) => h.value.kind === 'dayShift' && h.start < spoken && !discussed(h) && !ownDateAfter(h));
    const { main, isComplement, complementEnd } = mainTrigger(p.text, from, triggers, shiftHit);
    // A clause with a date and actors but no verb of its own continues the previous one («…، واسماعيل هنية … في يوليو»).
    // "held talks with X and later with Y", «… مع X، ثم مع Y»: the same subject's next contact of the same kind.
    const withNext = !main && sharesSubject && WITH_NEXT.test(p.text.slice(from, to));
    // "…on April 3, weeks before he took office, and again at the Chancellery on July 29", «…، ثم في الرياض في 27
    // فبراير 2024»: the same parties met again on the day the clause names.
    const again = !main && mentions.length === 0 && dates.length > 0 && lastContact !== null && (lastContact.partners?.length ?? 0) > 0 && MET_AGAIN.test(p.text.slice(from, to));
    const type: CandidateType | null = main ? typeOf(main) : (dates.length && mentions.length) || withNext || again ? previousType : null;
    previousType = type;
    // The clause's own dates: not those of an aside in it («الذي تولى منصبه في مارس الماضي»).
    // («ويأتي الاتصال غداة مكالمة … تناولت التحضيرات لاجتماعات المنظمة خلال العام الجاري»: with the day counted from
    // another contact, a date in what was discussed is the topic's; the counting word, a topic word too, is not what
    // was discussed: «عشية الأحد» is the counted day's.)
    const topicAfterShift = shiftHit && firstTrigger ? clauseHits.find((h) => h.value.kind === 'topic' && h.start >= firstTrigger.end && (h.end <= shiftHit.start || h.start >= shiftHit.end))?.start : undefined;
    const topicsDate = (d: FoundDate) => topicAfterShift !== undefined && d.index > topicAfterShift;
    const ownDates = dates.filter((d) => (!inAside(p.text, from, d.index, hits, main) || datesTheGathering(p.text, from, d.index)) && !(main && d.index >= main.end && datesAnotherThing(p.text, main.end, d)) && !topicsDate(d));
    const sceneDate: EventDate | null = previousDate;
    // «…، وهي زيارته الثانية هذا العام، حيث عقد …»: an apposition on what was just told sets no scene of its own.
    // «…، غداة الضربات الأمريكية على …، حيث استقبله …»: a time set against something that is no contact, with no one
    // named, leaves the scene's day as it was.
    const timeAside = !main && mentions.length === 0 && ownDates.length === 0 && TIME_ASIDE.test(p.text.slice(from, to));
    previousDate = APPOSITION.test(p.text.slice(from)) || timeAside ? sceneDate : (nearestDate(ownDates, main?.start ?? from) ?? (continues(p.text, from) ? sceneDate : null));
    if (!type) {
      // «ومن المقرر أن يتوجه بلينكن إلى إسرائيل، حيث يلتقي …»: the tense carries over to the clause that goes on.
      previousPlanned = clauseHits.some((h) => h.value.kind === 'planned' && h.start < spoken);
      continue;
    }
    const at = main?.start ?? from;
    const narrated = clauseHits.filter((h) => h.start < spoken && !(h.value.kind === 'planned' && (purposeOfTravel(p.text, h, clauseHits) || LONG_BEFORE.test(p.text.slice(Math.max(0, h.start - 6), h.start)))));
    const common: Pick<EventCandidate, 'planned' | 'planToldBefore' | 'earlier' | 'passageIds' | 'documentIds' | 'dayShift' | 'shiftInMonths' | 'shiftFromLead' | 'laterThatDay' | 'onDayToldBefore'> = {
      planned:
        narrated.some((h) => h.value.kind === 'planned' && (!main || (nearInTense(p.text, h, main) && !ofAnotherContact(h, main, triggers) && !(inRelative(h) && !inRelative(main))))) ||
        (main !== undefined && futureVerbBefore(prepared, main, from)) ||
        (main !== undefined && plannedAsSubject(p.text, main, from, to)) ||
        // («…، على أن يلتقي اليوم X»: "and is to meet", a clause of its own.)
        (main !== undefined && IS_TO_AR.test(p.text.slice(from, main.start))) ||
        ((continues(p.text, from) || withNext) && previousPlanned),
      planToldBefore: narrated.some((h) => h.value.kind === 'planned' && PLAN_TOLD_BEFORE.test(p.text.slice(Math.max(0, h.start - 12), h.start))),
      // «الذي يزور المنطقة للمرة الثامنة منذ …»: an aside's «منذ» says nothing of when the contact was.
      earlier: narrated.some((h) => h.value.kind === 'earlier' && !inAside(p.text, from, h.start, hits, main) && !firstSince(p.text, h) && !earlierThatDay(p.text, h, main) && !passiveAgent(p.text, h, mentions) && !formerInTitle(p.text, h, mentions)),
      passageIds: [p.passageId],
      documentIds: [p.documentId],
    };
    // «قدم بوتين التعازي باستشهاد قائد الثورة»: the one killed is a victim, not a party to the condolences.
    const killing = type !== 'killing' ? triggers.find((t) => typeOf(t) === 'killing') : undefined;
    const victims = killing ? victimsOf(p.text, mentions, killing, to) : [];
    if (killing && victims.length) {
      // (Dated by what follows the word: "met Y on Monday, days after X was killed" says nothing of the killing's day.)
      events.push(newCandidate({ type: 'killing', participants: victims, date: nearestDate(dates.filter((d) => d.index > killing.start), killing.start), location: null, ...common }));
    }
    // "visited Tehran days after the assassination of Hamas leader Ismail Haniyeh", «بعد اغتيال …»: one named as
    // killed in what the clause speaks of takes no part in its contact either.
    const killed = type === 'killing' ? victims : [...victims, ...clauseHits.filter((h) => h.value.kind === 'topic' && KILLING_TOPIC.test(p.text.slice(h.start, h.end))).flatMap((h) => actorsAfter(mentions, h.end, Math.min(to, h.end + VICTIM_REACH)))];
    // «الطرفان», "the two sides": the two actors named last before the clause; «الرئيسين», «القادة الثلاثة», "the two
    // ministers": the two (three) of that office named last, when that many are.
    const groupHit = clauseHits.find((h): h is Hit & { value: { kind: 'pair' } } => h.value.kind === 'pair');
    const group = groupHit?.value;
    const office = group?.office ?? null;
    const groupSize = group?.count ?? 2;
    const holdsOffice = office && p.rolesOf ? (a: string) => p.rolesOf!(a).some((r) => isOfOffice(r, office)) : null;
    // «الوزيران»: two holders of one portfolio (counterparts) before any two ministers.
    const counterparts = office !== null && isMinisterial(office) && p.rolesOf && groupSize === 2 ? (a: string, b: string) => p.rolesOf!(a).some((r) => isOfOffice(r, office) && p.rolesOf!(b).includes(r)) : null;
    // ("The two leaders also spoke by phone on Oct 1" opening a passage: the two of the contact told last, when both hold
    // that office, not the last two leaders named: «…the day Donald Trump claimed victory».)
    const lastPair = groupSize === 2 && holdsOffice && !counterparts && p.recentPair && !p.mentions.some((m) => m.start < groupHit!.start) && p.recentPair.every(holdsOffice) ? [...p.recentPair] : null;
    // («…بين الرئيسين منذ …، فيما كانا قد بحثا هاتفيا …»: a verb of two with no office, after a contact of two the
    // passage told, is theirs, not the last two named before the passage.)
    const pairTold = lastContact?.partners?.length === 1 ? ([lastContact.subject, lastContact.partners[0]] as const) : null;
    const toldPair = !office && groupSize === 2 ? pairTold : null;
    // (Not one whose greetings or message were handed over, «نقل الضيف تحيات الرئيس بوتين، فيما بحث الجانبان …».)
    const sentBy = (m: { start: number }) => SENT_BY_BEFORE.test(p.text.slice(Math.max(0, m.start - SENT_BY_REACH), m.start));
    const withTheGroup = (named: string[]) => unique([...named, ...(lastPair ?? toldPair ?? lastNamed(groupSize, p.recentActors, p.mentions.filter((m) => m.start < from && !sentBy(m)), holdsOffice, counterparts))]);
    // «…الزيارة التي قام بها X إلى أثينا في …، وعقد خلالها جلسة مباحثات مع Y»: a contact word whose subject is left out
    // (or a possessive one) right after a visit told with its visitor is that visitor's.
    // (Not one named after «مع» before the contact noun: «حيث عقد مع السوداني جلسة مباحثات» has its subject left out.)
    const leftOutSubject = main !== undefined && from > 0 && !mentions.some((m) => m.start < main.start && !afterWith(p.text, m));
    // «…الزيارة التي قام بها X … في أكتوبر 2022، وعقد خلالها الزعيمان مباحثات»: «during it» is that visit, not the
    // contact told before it in the sentence.
    const duringTold = main !== undefined && DURING_IN.test(p.text.slice(from, main.end + 10));
    // "During that trip he held talks with …", «وخلال تلك الزيارة، التقى …»: the visit a passage before told, its
    // visitor the subject left out or the pronoun, its date the contact's.
    // (A visit the sentence before named only as the scene of the contact it told, «… على هامش زيارة الرئيس X»: that
    // contact's date, before a visit told earlier in the article.)
    const thatVisit = main !== undefined && (p.recentContactDate || p.recentVisit) && DURING_THAT_VISIT.test(p.text.slice(from, main.start));
    const dateOfThatVisit = thatVisit ? (p.recentContactDate ?? null) : null;
    const duringThatVisit = thatVisit && !dateOfThatVisit ? (p.recentVisit ?? null) : null;
    const shared: ReportedContact | null =
      (duringTold ? visitJustBefore(p.text, p.mentions, allDates, from, true) : null) ??
      duringThatVisit ??
      (sharesSubject && lastContact ? lastContact : main && (isPossessive(main, clauseHits) || leftOutSubject) ? visitJustBefore(p.text, p.mentions, allDates, from) : null);
    // "Earlier in the day, Goyal held talks with … on the agreement, which entered into force in May 2022": the words
    // of the same day lead the clause and date its contact; a date after the contact word is another thing's.
    // (Not "during the call", «خلال الزيارة»: a scene, whose clause may recall a contact of its own with its own date.)
    const sameDayLeads = shiftHit !== undefined && main !== undefined && shiftHit.start < main.start && (shiftHit.value as { namesTheDay: boolean }).namesTheDay;
    const dateCandidates = sameDayLeads ? ownDates.filter((d) => d.index < main.start) : ownDates;
    const ownFound = nearestFound(ofItsOwnPredicate(p.text, beforeSubject(dateCandidates, clauseHits, main), main), at);
    const ownDate = ownFound ? eventDateOf(ownFound) : null;
    // «، والتقى بعد ذلك بيومين …», "two days later he met …": not the day of the contact or scene before (the days are
    // counted from it: dayShift below).
    // («…، حيث استقبله بوتين غداة الضربات على …»: at the scene told, a day counted from what is no contact moves nothing.)
    const movesDay = !ownDate && shiftHit !== undefined && (shiftHit.value as { shift: number }).shift !== 0 && (!continues(p.text, from) || shiftsFromContact(p.text, shiftHit, triggers));
    // "…on Feb. 12, the same day Trump phoned …", «…يوم 12 فبراير، وفي اليوم ذاته …»: the day the clause before named,
    // whatever was reported on it (a handover, a signing), not the last call or meeting of the article.
    const sameDayAsBefore = sameDayLeads && (shiftHit.value as { shift: number }).shift === 0;
    // «والتقى حينها خامنئي»، «واستقبله جلالته يومها»، "where he then met": at that time, the scene's day told before (a
    // date later in the clause, «قبل أن يعود إليها في أيار 2024», is another thing's).
    const atThatTime = main !== undefined && sceneDate !== null && AT_THAT_TIME.test(p.text.slice(main.start, Math.min(to, main.end + AT_THAT_TIME_REACH)));
    // «زار لافروف طهران في 25 فبراير، حيث …، واستقبله الرئيس بزشكيان», "…, and Erdogan received him": a contact whose
    // object is a pronoun for one just told of goes on at that scene; «. كما استقبله …» opening a passage, at the day
    // of the contact the sentence before told.
    const takesBackItsObject = main !== undefined && OBJECT_PRONOUN_VERB.test(p.text.slice(main.start));
    const objectTakenBack = !takesBackItsObject ? null : from > 0 ? (lastContact?.date ?? sceneDate) : OPENS_ON_TOLD.test(p.text.slice(0, main.start)) ? (p.recentDate ?? null) : null;
    // ("… had arrived on Saturday evening. Shortly after landing, he was received by X": the arrival's day, that of the
    // last contact the paragraph told when no visit was.)
    const afterArrival = main && AFTER_ARRIVAL_OPENS.test(p.text.slice(0, main.start)) ? (arrivalDay(events, p.recentVisit) ?? p.recentDate ?? null) : null;
    let date: EventDate | null =
      (atThatTime ? sceneDate : null) ??
      ownDate ??
      (movesDay
        ? null
        : (shared?.date ??
          dateOfThatVisit ??
          dayPointedTo(p.text, from, to, allDates) ??
          // "On Sunday he was in Riyadh, where he sat down with …", «… أمس، حيث التقى …», «وصل … أمس إلى القاهرة، والتقى …»:
          // the scene's day goes on.
          (continues(p.text, from) || sharesSubject || sameDayAsBefore || DAY_RESTATED.test(p.text.slice(from, to)) ? sceneDate : null) ??
          objectTakenBack ??
          // («وكان غوتيريش قد وصل مساء أمس الخميس إلى بيروت، وكان في استقباله X»: an arrival the sentence told with its
          // day, where no visit was reported.)
          (main && AT_ARRIVAL.test(p.text.slice(from, to)) ? (arrivalDay(events, p.recentVisit) ?? (ARRIVED.test(p.text.slice(0, from)) ? sceneDate : null) ?? arrivalToldBefore(p.text, from, main.start, allDates)) : null) ??
          afterArrival ??
          (LATER_ON.test(p.text.slice(Math.max(0, from - LATER_ON_REACH), main?.start ?? from)) ? (p.recentDate ?? null) : null)));
    const location = type === 'statement' ? null : locationOf(clauseHits, p.text, type === 'visit' && main ? main.end : null);
    const weekday = main !== undefined && ownDate !== null ? weekdayAhead(p.text, main, ownDate, p.published ?? null) : null;
    if (weekday) date = weekday;
    // The day the shift's complement names ("a day after Tuesday's meeting between A and B"): that meeting's own.
    let complementDay: { from: number; date: EventDate | null } | null = null;
    const countedFromOwn = ownFound && date === ownDate && shiftHit ? countedFromDateNamed(p.text, ownFound, triggers.filter((t) => t.start >= from && t.end <= to && isArgued(typeOf(t))), shiftHit) : null;
    if (countedFromOwn) date = countedFromOwn;
    // "received him a day after the June 22 US strikes", «غداة 22 يونيو»: the day the shift's complement names, shifted.
    // (Not a weekday: «عشية الأحد» is Sunday evening in Maghreb outlets.)
    // ("the day before Monday's talks": a weekday owning the complement's noun, in English.)
    else if (ownFound && date === ownDate && shiftHit && !(shiftHit.value as { adverb: boolean }).adverb && ownFound.precision === 'day' && (ownFound.basis === 'explicit' || WEEKDAY_OWNS.test(p.text.slice(ownFound.index + ownFound.text.length))) && ownFound.index >= shiftHit.end && DATE_AS_COMPLEMENT.test(p.text.slice(shiftHit.end, ownFound.index))) {
      date = shiftedDay(eventDateOf(ownFound), (shiftHit.value as { shift: number }).shift);
      complementDay = { from: ownFound.index, date: ownDate };
    }
    const planned: boolean = common.planned || invitedTo(p.text, narrated, main) || weekday !== null || (main !== undefined && aheadToday(p.text, main, date));
    previousPlanned = planned;
    // "X, who led the delegation to the inauguration last Tuesday, held talks on the same day with Y": the day the
    // sentence named before, in an aside too. (Not "earlier in the day": the story's day.)
    const sameDayNamed = !date && shiftHit !== undefined && main !== undefined && (shiftHit.value as { shift: number }).shift === 0 && shiftHit.start > main.start && SAME_DAY.test(p.text.slice(shiftHit.start, shiftHit.end)) ? dates.filter((d) => d.index < main.start && d.precision === 'day') : [];
    // «…بدء الهجمات على إيران في 13 يونيو. وفي اليوم ذاته، أجرى بوتين اتصالين …»: the day the sentence before named.
    const sameDayOpens = !date && shiftHit !== undefined && main !== undefined && (shiftHit.value as { shift: number }).shift === 0 && SAME_DAY.test(p.text.slice(shiftHit.start, shiftHit.end)) && opensBefore(p.text, shiftHit, main, dates) ? (p.namedDayBefore?.() ?? null) : null;
    // "Israel began striking Iran on June 13. The following day, Putin …": counted from the day the sentence before
    // named, when it told no contact to count from.
    const shiftOpens = !date && !sameDayOpens && shiftHit !== undefined && main !== undefined && !p.contactToldBefore && isOpeningShift(p.text, shiftHit, main, dates) ? p.namedDayBefore?.() : null;
    if (sameDayNamed.length) date = nearestDate(sameDayNamed, main!.start);
    else if (sameDayOpens) date = sameDayOpens;
    else if (shiftOpens) date = shiftedDay(shiftOpens, (shiftHit!.value as { shift: number }).shift);
    else if (!date && shiftHit && main && isArgued(type) && shiftsFromContact(p.text, shiftHit, triggers)) {
      common.dayShift = (isComplement ? -1 : 1) * (shiftHit.value as { shift: number }).shift;
      if ((shiftHit.value as { inMonths: boolean }).inMonths) common.shiftInMonths = true;
      if (common.dayShift === 0 && LATER_THAT_DAY.test(p.text.slice(shiftHit.start, shiftHit.end))) common.laterThatDay = true;
      if (complementEnd !== undefined && !mentions.some((m) => m.start >= shiftHit.end && m.start < complementEnd)) common.shiftFromLead = true;
      // «ويأتي الاتصال غداة لقاء …», "The visit came a day after …": counted from the story's contact the clause frames.
      if (FRAME_BEFORE_SHIFT.test(p.text.slice(0, shiftHit.start))) common.shiftFromLead = true;
      // "X arrived from Amman, where he held talks with Y the day before": counted from the scene the clause goes on
      // from, which, told with no day, is the story's.
      if (!isComplement && continues(p.text, from) && sceneDate === null && ARRIVED.test(p.text.slice(0, from))) common.shiftFromLead = true;
    } else if (!date && main && isArgued(type) && CAME_DURING.test(p.text.slice(from, main.start))) common.onDayToldBefore = true;
    else if (!date && main && isArgued(type) && SIDELINES_OF_THE.test(p.text.slice(from, main.start))) common.onDayToldBefore = 'gathering';
    // A quoted headline ("headlined \"… Meets British Foreign Secretary\"", «بعنوان "…"») reports no contact of its own.
    if (isArgued(type) && main && inHeadline(p.text, main.start)) continue;
    // «وأكد بوتين خلال اللقاء، الذي حضره X، أن …», "Putin said at the meeting, which was attended by X, that …": those
    // attending the contact a statement was made at join that contact.
    const attendedThere = type !== null && !isArgued(type) ? attendedAtContact(p.text, clauseHits, p.mentions, to) : [];
    if (attendedThere.length) {
      events.push(newCandidate({ type: 'meeting', participants: attendedThere, via: Object.fromEntries(attendedThere.map((a) => [a, 'joined' as const])), date: null, location: null, ...common, attends: 'last' }));
    }
    if (isArgued(type)) {
      // Who is named in an aside («…، الذي خلف X», "Merz, who succeeded X") takes no part.
      // "Before his meeting with Fidan, Lavrov held separate talks with …", «وعقب لقائه بالرئيس، التقى …»: who is named in
      // a leading phrase about another contact of the subject takes no part in this one.
      // «… وفد يضم X وزير الدولة، الذي عقد أمس اجتماعاً مع Y»: a contact told in a relative clause on a person is that
      // person's; those named before them take no part.
      const antecedent = main ? relativeAntecedent(p.text, from, main.start, mentions) : null;
      const leads = (a: string) => (p.rolesOf?.(a) ?? []).some((r) => isOfOffice(r, 'leader'));
      // «وجاءت زيارة الوزير الإسباني غداة اتصال هاتفي أجراه X مع Y»: the contact the day words govern has a subject of
      // its own, named right after the verb that points back to it; who is named in the frame before takes no part.
      const agentNamed = (at: number) => {
        const verb = OWN_AGENT.exec(p.text.slice(at));
        return verb !== null && mentions.some((m) => m.start === at + verb[0].length);
      };
      // («وتأتي زيارة X بعد أسابيع من الاتصال الهاتفي الذي تلقاه Y من Z»: with no day words, the same from the contact word on.)
      const complementStart = !main || !agentNamed(main.end) ? from : isComplement && shiftHit && shiftHit.start < main.start ? shiftHit.end : main.start;
      const leadingEnd = Math.max(leadingOtherContactEnd(p.text, from, to, clauseHits), antecedent?.start ?? from, complementStart, framedPartnerEnd(p.text, from, clauseHits, mentions));
      const briefed = main ? briefedBefore(p.text, from, main.start, mentions) : null;
      // "handed Prince Faisal a written message from President Sisi to Crown Prince Mohammed", «رسالة خطية … موجهة إلى
      // الرئيس الروسي»: once the one who hands and the one who takes are named, who the message comes from or goes to
      // takes no part in the handing. ("handed a letter to Putin": the one who takes it named after.)
      const thingAt = main ? handedThingAt(p.text, main) : undefined;
      const handedEnd = thingAt !== undefined && new Set(mentions.filter((m) => m.start >= leadingEnd && m.start < thingAt).map((m) => m.actorId)).size >= 2 ? thingAt : undefined;
      const named = mentions.filter((m) => m.start >= leadingEnd && m.start < spoken && !(handedEnd !== undefined && m.start > handedEnd) && !(briefed && m.start >= briefed.start && m.start < briefed.end) && !killed.includes(m.actorId) && !inAside(p.text, from, m.start, hits, main) && !namesAnother(p.text, m, leads) && !namedAsPossessor(p.text, m, mentions, clauseHits) && !namedInPeriodStart(p.text, m.start, hits) && !isSource(p.text, m, main) && !OCCASION_OF.test(p.text.slice(Math.max(0, m.start - OCCASION_OF_REACH), m.start)) && !givenInTheirName(p.text, from, m.start));
      // "… reached by Putin and Xi when they held talks": "they" are the two named last, not the one who reports it.
      const clauseMentions = main && THEY_BEFORE.test(p.text.slice(Math.max(0, main.start - 20), main.start)) ? lastTwoNamed(named, main.start) : named;
      const earlierMentions = p.mentions.filter((m) => m.start < from);
      // (Not the host who invited: «وصل X … تلبية لدعوة من ولي العهد، وكان في استقباله …» is X's arrival.)
      const invitedBy = (m: { start: number }) => INVITED_BY_BEFORE.test(p.text.slice(Math.max(0, m.start - INVITED_BY_REACH), m.start));
      const subjects = earlierMentions.filter((m) => !inAside(p.text, 0, m.start, hits) && !namedInPeriodStart(p.text, m.start, hits) && !invitedBy(m));
      // ", and he was back …", "before Erdogan received him": the pronoun is the sentence's subject, not the one named last.
      const pointedBack = PRONOUN_CLAUSE.test(p.text.slice(from, to)) ? (sentenceSubject ?? openingSubject(p.text, earlierMentions, from)) : null;
      const pointsBack = pointedBack !== null;
      // «… مع نظيره الروسي لافروف، غداة لقائه بوتين», «…، ثم استقبله بوتين»: after a contact the passage told, a left-out
      // subject or a pronoun is the one of that contact's two who is of another country than the one this clause names
      // (Putin receives the Syrian guest, not his own minister; «ثم استقبله السلطان»: the Iranian guest, not the Omani).
      const countryOf = (a: string) => p.countryOf?.(a) ?? null;
      const subjectOverPartner = (id: string | null) => {
        if (id === null || !lastContact?.partners?.includes(id)) return id;
        const named = clauseMentions[0] ? countryOf(clauseMentions[0].actorId) : null;
        const [subject, partner] = [countryOf(lastContact.subject), countryOf(id)];
        return named !== null && subject !== null && subject !== named && partner === named ? lastContact.subject : id;
      };
      const previous = shared?.subject ?? pointedBack ?? subjectOverPartner(subjects.length ? subjects[subjects.length - 1].actorId : (p.recentSubject ?? p.recentActors[p.recentActors.length - 1] ?? null));
      // («على هامش الاجتماع الوزاري المشترك», "on the sidelines of the joint session": the gathering's «المشترك» is not
      // the contact's, whose list may still be of separate audiences.)
      // («ويرافق الأمير في زيارته وفد يضم X، الذي عقد اجتماعاً مع Y»: who travels with a party told before the clause's
      // own contact is that contact's subject, not one more of its parties.)
      const markers: MarkerHit[] = narrated.flatMap((h) => (isMarker(h.value) && !(h.value.kind === 'joint' && ofTheSidelines(p.text, h)) && !(joinsAParty(h.value.kind) && h.start < leadingEnd) ? [{ kind: h.value.kind, start: h.start, end: h.end }] : []));
      // "sat down separately with A and with B": a contact phrase that says its partners were met one at a time.
      if (main && main.value.kind === 'trigger' && main.value.separate) markers.push({ kind: 'list', start: main.start, end: main.end });
      // "a message of solidarity from President X": the sender of what is handed over, however the message is described.
      // «رسالة من المرشد … إلى الرئيس بوتين»: the one a message handed over is addressed to takes no part either, nor one
      // the guest is asked to carry greetings to.
      for (const m of clauseMentions) if (SENT_FROM.test(p.text.slice(Math.max(0, m.start - SENT_FROM_REACH), m.start)) || ADDRESSEE.test(p.text.slice(Math.max(0, m.start - SENT_FROM_REACH), m.start)) || GREETINGS_TO_CARRY.test(p.text.slice(Math.max(0, m.start - SENT_FROM_REACH), m.start)) || IN_CAPACITY_OF.test(p.text.slice(Math.max(0, m.start - IN_CAPACITY_REACH), m.start))) markers.push({ kind: 'carrier', start: m.start - 1, end: m.start });
      // «الجولة التي قام بها X …، والتي التقى خلالها Y»: «during it» points back to a visit told with its visitor, who is
      // the verb's subject left out; the one named after it is met.
      const duringVisit = main !== undefined && shared !== null && shared !== lastContact && DURING_IT.test(p.text.slice(main.end, main.end + 10));
      // («وخلال تلك الزيارة، التقى رئيس البرلمان …»: the visitor met the one the clause names, not they him; two named
      // there, «التقى وزير الخارجية X نظيره Y», are a meeting of their own.)
      const visitorLeftOut = duringThatVisit !== null && new Set(clauseMentions.map((m) => m.actorId)).size === 1 && clauseMentions[0].actorId !== duringThatVisit.subject;
      // («حيث خصها الرئيس تبون باستقبال»: the one granted the contact is the pronoun's, told before.)
      const grantedTo = main !== undefined && GRANTED_TO_PRONOUN.test(p.text.slice(from, main.start));
      const subjectless = withNext || visitorLeftOut || grantedTo || (main !== undefined && (duringVisit || hasNoSubject(p.text, main, clauseMentions, from, sharesSubject, previous)));
      // «الزيارة التي أجرتها ميلوني إلى الجزائر، حيث استقبلها الرئيس»: an object pronoun on the verb is the one named
      // last before the clause (in an aside too), unless that one was the partner of a contact the passage told
      // (subjectOverPartner).
      // (Not the host who invited: «… بدعوة من نظيره شي، ليتوجه بعدها إلى تركيا، حيث يستقبله أردوغان».)
      const antecedents = earlierMentions.filter((m) => !invitedBy(m));
      const lastBefore = antecedents.length ? antecedents[antecedents.length - 1].actorId : null;
      // ("Murmu hosted a banquet in his honour", «أقام مأدبة عشاء على شرفه»: the one honoured is the pronoun's.)
      const honoured = main !== undefined && clauseMentions.length === 1 && IN_HONOUR.test(p.text.slice(main.end, to));
      const objectPronoun = main !== undefined && lastBefore !== null && !pointsBack && (isObjectVerb(p.text.slice(main.start, main.end)) || grantedTo || honoured);
      // "Starmer first met the crown prince. Former prime minister Johnson welcomed him …": with no one named before it
      // in the passage, the pronoun is the one named last of another country than the clause's subject.
      // («…فتعود إلى العاشر من مايو 2022، حين استقبله الرئيس تبون»: the Arabic verb carries the pronoun, its subject after.)
      const word = main !== undefined ? p.text.slice(main.start, main.end) : '';
      const pronounObject = main !== undefined && clauseMentions.length === 1 && (honoured || (clauseMentions[0].start < main.start ? /\s(?:him|her)$/i.test(word) || isObjectVerb(word) : isObjectVerb(word.replace(/^[وف]/u, ''))));
      const subjectNamed = pronounObject ? countryOf(clauseMentions[0].actorId) : null;
      // ("He flew on to Riyadh, where the crown prince received him": the pronoun that opens the passage, if of another
      // country.)
      const foreign = (a: string | null) => a !== null && countryOf(a) !== null && countryOf(a) !== subjectNamed;
      const opensWithPronoun = /^\s*(?:he|she)\s/i.test(p.text);
      // («…، الذي سلمه رسالة من الرئيس تبون. كما استقبله الوزير الأول»: the guest of the contact told last, when one of its
      // two is of another country, not the sender named after it.)
      const guestOfLast = p.recentPair?.filter(foreign);
      const objectAcross = lastBefore === null && !pointsBack && subjectNamed !== null ? (opensWithPronoun && foreign(previous) ? previous! : guestOfLast?.length === 1 ? guestOfLast[0] : p.recentActors.findLast(foreign)) : undefined;
      const told = objectAcross ?? (objectPronoun && !clauseMentions.some((m) => m.actorId === lastBefore) ? subjectOverPartner(lastBefore) : previous);
      // "… Sheikh Abdullah described ties as … . He later called on UAE President X": a pronoun or a subject left out
      // who would be the compatriot of the one the verb names first is the one named last of another country (in an
      // article across countries a contact of compatriots is a misreading: compatriot-contacts.ts).
      const pronounFirst = main !== undefined && !OBJECT_PRONOUN_END.test(p.text.slice(main.start, main.end)) && PRONOUN_OR_NOTHING_BEFORE.test(p.text.slice(from, main.start));
      const partnerCountry = pronounFirst && clauseMentions.length > 0 && clauseMentions[0].start > main.start ? countryOf(clauseMentions[0].actorId) : null;
      const owner = told !== null && partnerCountry !== null && countryOf(told) === partnerCountry ? ([...p.recentActors, ...earlierMentions.map((m) => m.actorId)].findLast((a) => countryOf(a) !== null && countryOf(a) !== partnerCountry) ?? told) : told;
      const attendance = (attendees: string[], attends: NonNullable<EventCandidate['attends']>) =>
        newCandidate({ type, participants: attendees, via: Object.fromEntries(attendees.map((a) => [a, 'joined' as const])), date, location, ...common, planned, attends });
      // «وحضر اللقاء X», «المباحثات، التي حضرها X», "X also attended the talks": those named attend the contact told
      // before (joined to it by attendance.ts), not one of their own.
      // ("The closed-door meeting, which was also attended by X": a word or two between the article and the noun.)
      if (main && (isAnaphor(p.text, main) || THE_QUALIFIED.test(p.text.slice(Math.max(0, main.start - 40), main.start))) && saysAttended(p.text.slice(main.start, main.end), p.text.slice(Math.max(0, main.start - ATTENDANCE_REACH), main.start), p.text.slice(main.end, main.end + ATTENDANCE_REACH))) {
        const attendees = unique(attendeesOf(p.text, main, p.mentions).map((m) => m.actorId));
        if (attendees.length) events.push(attendance(attendees, BOTH_CONTACTS.test(p.text.slice(main.start, main.end + BOTH_REACH)) ? 'both' : 'last'));
        continue;
      }
      // «أن لقاء العليمي بالمبعوث الأممي، الذي حضره وزير الخارجية X، تناول …»: the contact of the two named after the noun,
      // told before, and who attended it.
      const ofPair = main && !isAnaphor(p.text, main) ? attendedContactOfPair(p.text, main, p.mentions) : null;
      if (ofPair) {
        events.push(attendance(ofPair.attendees, { pair: ofPair.pair }));
        continue;
      }
      // (One named after «بحضور», "joined by" joins a contact; «مباحثات موسعة بحضور ولي العهد» goes on with the same one.)
      const joins = (m: ClauseMention) => clauseHits.some((j) => joinsAParty(j.value.kind) && j.end <= m.start && m.start - j.end <= JOINING_REACH);
      const sequels = main ? sequelsOf(p.text, from, to, main, triggers.filter((t) => !aside(t)), clauseMentions).filter((q) => !q.mentions.every(joins)) : [];
      const inSequel = (m: ClauseMention) => sequels.some((q) => q.mentions.includes(m));
      let groups = contactGroups({ mentions: sequels.length ? clauseMentions.filter((m) => !inSequel(m)) : clauseMentions, markers, trigger: main && { kind: 'trigger', start: main.start, end: main.end }, previous: owner, subjectless, call: type === 'phone_call', guestsTogether: DUAL_OBJECT_NEXT.test(p.text.slice(to)), countryOf, leads: (a) => (p.rolesOf?.(a, date?.start ?? p.published) ?? []).some((r) => isOfOffice(r, 'leader') || SPEAKER_ROLES.has(r)) });
      // (With the one met in sequence set apart, one left alone is the partner of the subject the verbs leave out: the
      // one the contact in sequence names first with a partner of its own, «وقبل أن يستقبل بوتين X، التقى Y», or the
      // one named before.)
      const namesBoth = sequels.find((q) => unique(q.mentions.map((m) => m.actorId)).length >= 2);
      const leftOut = namesBoth ? namesBoth.mentions[0].actorId : owner;
      if (sequels.length && groups.length === 1 && groups[0].participants.length === 1 && leftOut !== null && !groups[0].participants.includes(leftOut)) groups = [{ participants: [leftOut, ...groups[0].participants], via: { [leftOut]: 'subject', ...groups[0].via } }];
      if (honoured && owner !== null && groups.length === 1 && groups[0].participants.length === 1 && !groups[0].participants.includes(owner)) groups = [{ participants: [...groups[0].participants, owner], via: { ...groups[0].via, [owner]: 'named' } }];
      // "He held talks with him on April 25", "she welcomed him": two pronouns and no name are the two named last.
      if (main && clauseMentions.length === 0 && groups.length === 0 && pronounsOnBothSides(p.text, from, main)) {
        const two = lastNamed(2, p.recentActors, p.mentions.filter((m) => m.start < from));
        if (two.length === 2) groups = [pairGroup(two)];
      }
      // "He first welcomed him on July 23 …, and hosted him again on Nov 6", "…, and again at X on D2": the same parties
      // as the contact before.
      // («…، كما أجرى معه اتصالا هاتفيا في مارس»: the partner as a pronoun after «مع».)
      const hostedAgain = main && clauseMentions.length === 0 && groups.length === 0 && sharesSubject && lastContact?.partners?.length && (OBJECT_PRONOUN_END.test(p.text.slice(main.start, main.end + 4)) || WITH_PRONOUN_AR.test(p.text.slice(Math.max(from, main.start - 6), main.start)) || WITH_PRONOUN_AR.test(p.text.slice(main.end, main.end + 6)));
      // "Trump and Erdogan met in June and spoke by phone in March": the same subject's next contact word, with no one
      // named and no object after it, is with the same parties.
      // («…وتحادثا هاتفيا في فبراير واجتمعا في جاكرتا في مايو»: a verb of the two, with no «مع» or «ب» after it.)
      const afterWord = main ? p.text.slice(main.start, to).replace(/^\S+/, '') : '';
      const noObject = main !== undefined && (/[a-z]/i.test(p.text.slice(main.start, main.end)) ? !OBJECT_AFTER_EN.test(afterWord) : (DUAL_VERB_WORD.test(p.text.slice(main.start, main.end)) || DUAL_HELD_BEFORE.test(p.text.slice(from, main.start))) && !OBJECT_AFTER_AR.test(afterWord));
      const sameAgain = main && clauseMentions.length === 0 && sharesSubject && lastContact?.partners?.length && groups.every((g) => g.participants.length < 2) && noObject;
      // «…، بعد نحو عام من استقباله في مايو 2024», ", a year after hosting him in Ankara in May 2024": the same two,
      // on the day the clause gives.
      const countedFromTold = main && clauseMentions.length === 0 && lastContact?.partners?.length && COUNTED_FROM.test(p.text.slice(Math.max(0, from - COUNTED_FROM_REACH), main.start)) && THEIR_OWN_WORD.test(p.text.slice(main.start, main.end + 5)) && groups.every((g) => g.participants.length < 2);
      // "…, and Modi reciprocated the visit in June": the visit back is between the same two.
      const visitBack = main && lastContact?.partners?.length && RETURNED_VISIT.test(p.text.slice(from, main.end + 8)) && groups.length === 1 && groups[0].participants.length === 1 && [lastContact.subject, ...lastContact.partners].includes(groups[0].participants[0]);
      if ((hostedAgain || again || sameAgain || countedFromTold || visitBack) && lastContact) groups = [pairGroup([lastContact.subject, ...(lastContact.partners ?? [])])];
      // "the meeting held the day before between A and B", «اللقاء الذي جرى بين A وB»: those after «بين» are its parties,
      // all of them and no one else (not the subject the clause otherwise leaves out).
      // (Not a count, «هذا اللقاء الثاني بين …», "their first meeting between": what it counts is told elsewhere.)
      const between = main && !ORDINAL_NEAR.test(p.text.slice(Math.max(0, main.start - 12), main.end + BETWEEN_REACH)) ? BETWEEN_AFTER.exec(p.text.slice(main.end, main.end + BETWEEN_REACH)) : null;
      if (between && main) {
        const at = main.end + between.index + between[0].length;
        const stop = p.text.slice(at).search(/[,،;؛]|(?<![^\p{L}]\p{Lu})[.](?=\s|$)/u);
        const named = [...new Set(clauseMentions.filter((m) => m.start >= at && (stop < 0 || m.start < at + stop)).map((m) => m.actorId))];
        // (Those who joined it, «بحضور X», stay.)
        const joined = [...new Set(groups.flatMap((g) => g.participants.filter((a) => g.via[a] === 'joined' && !named.includes(a))))];
        // ("Wang hosted talks in Beijing between A and B", «استضاف X محادثات بين A وB»: the host is there too.)
        const host = HOSTS.test(p.text.slice(main.start, main.end)) ? clauseMentions.filter((m) => m.end <= main.start).slice(-1).map((m) => m.actorId).filter((a) => !named.includes(a)) : [];
        if (named.length >= 2) groups = [{ participants: [...host, ...named, ...joined], via: Object.fromEntries([...host.map((a) => [a, 'host' as const]), ...named.map((a) => [a, 'named' as const]), ...joined.map((a) => [a, 'joined' as const])]) }];
      }
      // "She and the crown prince last spoke by phone …", "He and Erdogan met …": the pronoun is one of the two.
      // ("…, and she visited Cairo on March 17, when she and X met Sisi": from the clause's last comma on; the pronoun is
      // the one the passage named last before it, else the subject told before.)
      const pronounAnd = clauseMentions[0] ? PRONOUN_AND.test(afterLastComma(p.text.slice(from, clauseMentions[0].start))) : false;
      const pronounIs = lastBefore ?? owner;
      if (groups.length === 1 && groups[0].participants.length >= 1 && pronounAnd && pronounIs !== null && !groups[0].participants.includes(pronounIs)) {
        groups = [{ participants: [pronounIs, ...groups[0].participants], via: { [pronounIs]: 'subject', ...groups[0].via } }];
      }
      // "They had met two days earlier in Doha": "they", the subject with no one named in the clause, are the two
      // parties of the contact told last.
      // (In the passage's own sentence, "met A on October 11, and they met again on October 23", the two of its contact.)
      const pairBefore = pairTold ?? p.recentPair;
      // ("Their most recent encounter was …" opening a passage; not "…, their first meeting since …", whose "their" are
      // the clause's own two.)
      const theirs = from === 0 && triggers.some((t) => isArgued(typeOf(t)) && THEIR_CONTACT.test(p.text.slice(0, t.start)));
      if (!group && pairBefore && main && clauseMentions.length === 0 && ((THEY_MET.test(p.text.slice(main.start, main.end)) && THEY_SUBJECT.test(p.text.slice(Math.max(from, main.start - THEY_REACH), main.start))) || theirs)) {
        groups = [{ participants: [...pairBefore], via: Object.fromEntries(pairBefore.map((a) => [a, 'pair' as const])) }];
      }
      if (group && (groups.length === 0 || (groups.length === 1 && groups[0].participants.length < groupSize))) {
        const all = withTheGroup(groups[0]?.participants ?? []);
        groups = [{ participants: all, via: Object.fromEntries(all.map((a) => [a, groups[0]?.via[a] ?? 'pair'])) }];
      }
      // «اتفق الرئيسان خلال الاتصال على … الاجتماع المقبل»: a second, planned contact between the same parties.
      const ahead = planned ? undefined : triggers.find((t) => t !== main && isArgued(typeOf(t)) && typeOf(t) !== 'talks' && markedPlanned(narrated, t) && !aside(t) && !sequels.some((q) => q.trigger === t));
      // The dates from the planned one on are its own («… المقرر عقده في أبريل المقبل»), not the call's.
      // «ناقشا خلال الاتصال ما توصلا إليه خلال محادثاتهما في طشقند في مايو 2024»: a contact recalled with its own date.
      const recalled = ahead || planned || !main ? undefined : recalledContact(p.text, triggers, main, dates);
      const held: EventDate | null = recalled
        ? (nearestDate(dates.filter((d) => d !== recalled.date), at) ?? shared?.date ?? null)
        : ahead && main && ahead.start > main.start ? nearestDate(dates.filter((d) => d.index < ahead.start && d.index >= from), at) : date;
      const briefing = BRIEFING.test(p.text.slice(from, to)) || undefined;
      // (The day the clause gives the contact itself, not one of a contact planned or recalled beside it.)
      const heldPlanned = planned || (!recalled && (ahead !== undefined || held === ownDate) && afterPublication(held, p.published ?? null));
      // "He met A in Jeddah on Sunday and B in Abu Dhabi the following day": a contact with each, on its own day.
      // (Two audiences of one host, "hosted A on Monday and B on Thursday", are looked at as one group.)
      const oneHost = groups.length > 1 && groups.every((g) => g.participants.length === 2 && g.participants[0] === groups[0].participants[0]);
      const asOne = oneHost ? { participants: unique(groups.flatMap((g) => g.participants)), via: Object.assign({}, ...groups.map((g) => g.via)) as Record<string, ParticipantVia> } : groups.length === 1 ? groups[0] : null;
      const ownDays = main && !recalled && !ahead && asOne ? partnersOnOwnDays(p.text, main, asOne, clauseMentions, dates, clauseHits, owner) : null;
      // Where this clause's contacts on `held` begin in `events`.
      let heldAt: number | undefined;
      if (ownDays) {
        groups = ownDays.map((d) => d.group);
        for (const d of ownDays) events.push(newCandidate({ type, participants: d.group.participants, via: d.group.via, date: d.date, location: null, ...common, planned: planned || afterPublication(d.date, p.published ?? null), briefing }));
      } else {
        const audience = (main !== undefined && groups.length === 1 && groups[0].participants.length === 2 && receivedBy(p.text, main, clauseMentions)) || undefined;
        heldAt = events.length;
        for (const g of groups) if (g.participants.length) events.push(newCandidate({ type, participants: g.participants, via: g.via, date: held, location, ...common, planned: heldPlanned, briefing, audience }));
      }
      // A second contact of the same two (planned ahead, or recalled): its own type and date, no day shift.
      const alsoBetweenThem = (t: Hit, on: EventDate | null, where: string | null, isPlanned: boolean) => {
        if (groups.length !== 1 || groups[0].participants.length < 2) return;
        const { dayShift: _shift, ...rest } = common;
        events.push(newCandidate({ type: typeOf(t), participants: groups[0].participants, via: groups[0].via, date: on, location: where, ...rest, planned: isPlanned }));
      };
      if (recalled) alsoBetweenThem(recalled.trigger, nearestDate([recalled.date], recalled.date.index), null, false);
      // "…, their first conversation since March", «في أول لقاء بينهما منذ عام 2019»: the same two last met (spoke) then.
      const since = main && !planned && groups.length === 1 && groups[0].participants.length === 2 ? lastSince(p.text, from, to, allDates) : null;
      if (since) {
        const { dayShift: _shift, ...rest } = common;
        events.push(newCandidate({ type: since.type ?? type, participants: groups[0].participants, via: groups[0].via, date: nearestDate([since.date], since.date.index), location: null, ...rest, planned: false }));
      }
      // «…، حيث أجرى مباحثات مع X، الذي رد الزيارة في يونيو 2018», "…, who returned the visit in June 2018": a visit
      // back between the same two, on its own day.
      const returnedAt = main && !planned && groups.length === 1 && groups[0].participants.length === 2 ? RETURNED_VISIT.exec(p.text.slice(main.end, to)) : null;
      const returnedOn = returnedAt && main ? allDates.find((d) => d.index > main.end + returnedAt.index && d.index < to && d.index - (main.end + returnedAt.index) <= RETURNED_REACH) : undefined;
      if (main && returnedOn) alsoBetweenThem(main, nearestDate([returnedOn], returnedOn.index), null, false);
      if (main && held && !ahead && !planned) for (const d of datesListedWith(p.text, ownDates, held, clauseHits)) alsoBetweenThem(main, nearestDate([d], d.index), null, false);
      const countedOut = main && held && !ahead && !planned ? datesCountedOut(p.text, allDates, held, hits) : [];
      // («مرتين خلال أكتوبر، الأولى … يوم 11»: the month that holds the days counted out is theirs, not a contact of its own.)
      const first = countedOut[0];
      if (first && held && held.precision !== 'day' && first.start >= held.start && first.end <= held.end && heldAt !== undefined) {
        for (const e of events.slice(heldAt)) if (e.date === held) e.date = eventDateOf(first);
        countedOut.shift();
      }
      for (const d of countedOut) alsoBetweenThem(main!, nearestDate([d], d.index), null, false);
      if (groups[0]?.participants.length) {
        lastContact = { subject: groups[0].participants[0], partners: groups.flatMap((g) => g.participants.slice(1)), date: held };
        sentenceSubject ??= lastContact.subject;
      }
      if (ahead) alsoBetweenThem(ahead, nearestDate(dates, ahead.start), location, true);
      // The contact told in sequence: the same subject (the first of the clause's own contact) with those named after it.
      const subject = groups.length === 1 ? groups[0].participants[0] : groups.length === 0 ? (owner ?? undefined) : undefined;
      if (subject !== undefined) for (const q of sequels) {
        const named = unique(q.mentions.map((m) => m.actorId));
        // (One that names two of its own, "before Putin received X", is theirs.)
        const [first, partners] = named.length >= 2 ? [named[0], named.slice(1)] : [subject, named.filter((a) => a !== subject)];
        if (partners.length === 0) continue;
        const { dayShift: _shift, ...rest } = common;
        const own = nearestDate(dates.filter((d) => d.index >= q.trigger.start && d.index < q.end), q.trigger.start);
        const complements = complementDay !== null && q.trigger.start > complementDay.from;
        events.push(newCandidate({ type: typeOf(q.trigger), participants: [first, ...partners], via: { [first]: first === subject ? 'subject' : 'named', ...Object.fromEntries(partners.map((a) => [a, 'named' as const])) }, date: own ?? (complements ? complementDay!.date : held), location: null, ...rest, planned: heldPlanned || afterPublication(own, p.published ?? null) }));
      }
      continue;
    }
    let participants = participantsOf(type, p.text, mentions, main, from, to).filter((a) => !killed.includes(a));
    if (group && participants.length < groupSize && !isHappening(type)) {
      participants = withTheGroup(participants);
    }
    if (participants.length === 0 && (!isHappening(type) || !date)) continue;
    const summary = participants.length === 0 && main ? summarize(p.text.slice(main.start, to)) : undefined;
    events.push(newCandidate({ type, participants, date, location, summary, ...common, planned: planned || (date === ownDate && afterPublication(date, p.published ?? null)) }));
    // "X and his counterpart Y signed the treaty on Friday", «وقع X ونظيره Y الاتفاقية»: two who sign together met.
    const signers = type === 'agreement' ? signedTogether(p.text, triggers.filter((t) => typeOf(t) === 'agreement'), mentions, participants) : null;
    if (signers) events.push(newCandidate({ type: 'meeting', participants: signers, via: Object.fromEntries(signers.map((a) => [a, 'named' as const])), date, location, ...common, planned }));
    // «وقع X وY الاتفاقية، قبل أن يلتقي Z»: a signing or a message has a subject too, whom a coordinated contact shares.
    if ((type === 'agreement' || type === 'message') && participants.length) lastContact = { subject: participants[0], partners: participants.slice(1), date };
  }
  for (const named of [...contactsNamedInRelativeClauses(p.text, hits, p.mentions, allDates), ...contactsOfPersonsInRelativeClauses(p.text, hits, p.mentions, allDates), ...coChaired(p.text, hits, p.mentions, allDates, p)]) {
    events.push(newCandidate({ planned: false, ...named, location: null, earlier: false, passageIds: [p.passageId], documentIds: [p.documentId] }));
  }
  return events;
}

/** A message, letter or greetings, a few words describing it, then "from" and the sender's titles: an English
 *  sender named next (the Arabic «رسالة … من» is a carrier of the lexicon, its sender looked for after it). */
const SENT_FROM = /(?:^|[^\p{L}])(?:message|letter|greetings|note|invitation|condolences|congratulations)(?:\s+(?!to\s|for\s)[\p{L}'’-]+){0,5}\s+from\s+(?:(?:the|his|her)\s+)?(?:[\p{L}.'’-]+\s+){0,5}$/iu;
const SENT_FROM_REACH = 90;
/** "in his honour", «على شرفه», «تكريما له»: the one a meal or a reception is given for, by a pronoun. */
const IN_HONOUR = /(?:^|[^\p{L}])(?:in\s+(?:his|her|their)\s+honou?r|على\s+شرفه|على\s+شرفها|على\s+شرفهم|تكريما\s+له|تكريماً\s+له|تكريما\s+لها)(?![\p{L}])/iu;
/** «بصفته مستشارا لخامنئي», "in his capacity as an envoy of Xi": whose adviser or envoy the party was, not a party. */
const IN_CAPACITY_OF = /(?:^|[^\p{L}])(?:بصفته|بصفتها|بوصفه|بوصفها|in\s+(?:his|her)\s+capacity\s+as)\s+(?:[^\s,،.؛]+\s+){0,3}(?:ل|لل|of\s+(?:the\s+)?|to\s+(?:the\s+)?)?(?:[^\s,،.؛]+\s+){0,3}$/iu;
const IN_CAPACITY_REACH = 60;
/** «تحيات», «رسالة خطية من», "the greetings of", "a message from" and a title: the one named next sent them, and is not there. */
const SENT_BY_BEFORE = /(?:(?<![\p{L}])(?:تحيات|تحياته|تحياتها|تهاني|تهنئة|رسالة(?:\s+خطية)?\s+من)|(?:greetings|regards|congratulations|message)\s+(?:of|from))\s+(?:[^\s.،,]+\s+){0,4}$/iu;
const SENT_BY_REACH = 70;
/** "asked him to convey his greetings to King Abdullah II": greetings to be carried to one who is not there. */
const GREETINGS_TO_CARRY = /(?:^|[^\p{L}])to\s+(?:convey|pass\s+on|extend|relay|carry)\s+(?:(?:his|her|their|the)\s+)?(?:[\p{L}'’-]+\s+){0,3}(?:greetings|regards|wishes|congratulations)\s+to\s+(?:(?:the|his|her)\s+)?(?:[\p{L}.'’-]+\s+){0,6}$/iu;
/** A written message, its sender after «من», then «إلى» and the addressee's titles: «رسالة خطية من X إلى الرئيس …»;
 *  greetings whose sender follows at once, then «ل» or «إلى»: «نقل تحيات رئيس الوزراء X، لخادم الحرمين الشريفين Y». */
const ADDRESSEE = /(?:^|[\s\u0640])(?:(?:رسالة|رسالتين|برقية|تحيات|تهنئة)(?:\s+[^\s,،.؛]+){0,3}\s+من\s+(?:[^\s,،.؛]+\s+){1,6}(?:إلى|الى)\s+(?:[^\s,،.؛]+\s+){0,5}|(?:تحيات|تحياته|تهاني|تمنيات)\s+(?:[^\s,،.؛]+\s+){0,7}[^\s,،.؛]+[،,]?\s+(?:(?:إلى|الى)\s+|ل)(?:[^\s,،.؛]+\s+){0,4})$/u;

/** How far before and after a contact noun the words saying it was attended are looked for. */
const ATTENDANCE_REACH = 40;

/**
 * Who the sentence of an attended contact noun names as attending: everyone it names («وحضر اللقاء X، وY»;
 * "X and Y also attended the talks"), up to a clause of another subject after the noun.
 */
function attendeesOf<M extends { start: number; end: number }>(text: string, main: Hit, mentions: M[]): M[] {
  const before = text.slice(0, main.start);
  let start = 0;
  for (const m of before.matchAll(SENTENCE_END)) start = m.index + m[0].length;
  const rest = text.slice(main.end);
  // ("attended by X, Deputy Ruler; Y, Minister of Foreign Affairs; and Z, Minister of State": a semicolon between the
  // names of one list ends nothing.)
  const stop = [...rest.matchAll(SENTENCE_END)].find((m) => !(/^[;؛]$/.test(m[0]) && LIST_GOES_ON.test(rest.slice(m.index + 1))));
  // («…، فيما حضرها عن الجانب الروسي X», "…, while X attended it too": a clause that tells attendance again goes on.)
  const another = [...rest.matchAll(new RegExp(ANOTHER_CLAUSE, 'gu'))].find((m) => !ATTENDS_IT.test(rest.slice(m.index + m[0].length)));
  const end = main.end + Math.min(stop ? stop.index : rest.length, another ? another.index : rest.length);
  // ("X attended the meeting, presidential spokesman Y said": who reports it attends nothing.)
  return mentions.filter((m) => m.start >= start && m.start < end && !isSource(text, m, main));
}
/** The ones a relative clause right after an anaphoric contact word says attended it («خلال اللقاء، الذي حضره X،», «بأن
 *  اللقاء، الذي جرى بحضور X،», ", during the meeting, which was attended by X,"), up to where the relative clause ends. */
function attendedAtContact(text: string, hits: Hit[], mentions: PassageFacts['mentions'], to: number): string[] {
  for (const h of hits) {
    // (The contact word, or the scene it is named in: «خلال اللقاء», "during the meeting".)
    const contact = (h.value.kind === 'trigger' && isArgued(typeOf(h)) && isAnaphor(text, h)) || (h.value.kind === 'dayShift' && h.value.shift === 0 && !h.value.adverb && !h.value.namesTheDay);
    if (!contact) continue;
    const relative = ATTENDED_RELATIVE.exec(text.slice(h.end, h.end + ATTENDED_RELATIVE_REACH));
    if (!relative) continue;
    const from = h.end + relative[0].length;
    const stop = text.slice(from, to).search(ATTENDEES_END);
    return unique(mentions.filter((m) => m.start >= from && m.start < (stop < 0 ? to : from + stop)).map((m) => m.actorId));
  }
  return [];
}
/** «الذي حضره», «التي شارك فيها»: a relative clause on a contact saying who attended it. */
const ATTENDED_BY_RELATIVE_AR = String.raw`(?:الذي|التي)\s+(?:حضره|حضرها|شارك\s+فيه|شارك\s+فيها)`;
const ATTENDED_RELATIVE = new RegExp(String.raw`^\s*[،,]\s*(?:${ATTENDED_BY_RELATIVE_AR}|(?:الذي|التي)\s+(?:جر[ىي]|جرت|عقد|عقدت)\s+(?:ب|في\s+)حضور|which\s+(?:was|were)\s+(?:also\s+)?(?:attended\s+by|held\s+in\s+the\s+presence\s+of))(?![\p{L}])`, 'iu');
const ATTENDED_RELATIVE_REACH = 40;

/** «لقاء X بـY، الذي حضره Z، …»: the two the contact noun `main` names, and those the relative clause after them says
 *  attended it (up to a comma not followed by «و»); null unless exactly two are named before the relative. */
function attendedContactOfPair(text: string, main: Hit, mentions: PassageFacts['mentions']): { pair: string[]; attendees: string[] } | null {
  const m = PAIR_THEN_ATTENDED.exec(text.slice(main.end, main.end + PAIR_THEN_ATTENDED_REACH));
  if (!m) return null;
  const commaAt = main.end + m[1].length;
  const pair = unique(mentions.filter((x) => x.start >= main.end && x.end <= commaAt).map((x) => x.actorId));
  if (pair.length !== 2) return null;
  const from = main.end + m[0].length;
  const stop = text.slice(from).search(ATTENDEES_END);
  const attendees = unique(mentions.filter((x) => x.start >= from && (stop < 0 || x.start < from + stop)).map((x) => x.actorId)).filter((a) => !pair.includes(a));
  return attendees.length ? { pair, attendees } : null;
}
const PAIR_THEN_ATTENDED = new RegExp(String.raw`^([^،,.;؛]{1,80})[،,]\s*${ATTENDED_BY_RELATIVE_AR}(?:\s+(?:أيضا|أيضاً|كذلك))?(?![\p{L}])`, 'u');
const PAIR_THEN_ATTENDED_REACH = 120;
/** Where those attending end: a stop, or a comma not followed by «و» (the verb the relative clause was set in). */
const ATTENDEES_END = /[.;؛\n]|[،,](?!\s*و)/u;
/** After a semicolon, the next name of a list: "and", an honorific or a capital ("; H.H. Sheikh …", "; and Khalifa …"). */
const LIST_GOES_ON = /^\s+(?:and\s+)?(?:\p{Lu}|(?:و)?(?:الشيخ|السيد|معالي|سمو)\s)/u;

/**
 * «المقابلة» is a contact only as the audience someone attended («حضر المقابلة X», after «استقبل»): elsewhere it is as
 * often an interview («في المقابلة التي أجرتها معه القناة»).
 */
function audienceNotAttended(text: string, h: Hit): boolean {
  const noun = text.slice(h.start, h.end);
  return AUDIENCE.test(noun) && !saysAttended(noun, text.slice(Math.max(0, h.start - ATTENDANCE_REACH), h.start), text.slice(h.end, h.end + ATTENDANCE_REACH));
}
const AUDIENCE = /^و?المقابل[ةه]$/u;

/** «…، وذلك في الثالث والعشرين من يناير الماضي»: when what the clause told was, not a clause of its own (not «وذلك
 *  خلال استقباله …», the contact a statement was made at). */
const THAT_WAS_ON = /^وذلك\s+(?:(?:في|يوم|بتاريخ)\s+(?:[0-9\u0660-\u0669]|ال(?:أول|اول|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر|حادي|عشرين|ثلاثين)|(?:الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت)(?![\p{L}]))|(?:مساء|صباح|أمس|امس)(?![\p{L}]))/u;
/** «اللقاءين», «الاجتماعين», "the meetings": the contact noun of an attendance names the two contacts told before. */
const BOTH_CONTACTS = /^و?ال(?:لقاءين|اجتماعين|لقائين)(?![\p{L}])|^meetings(?![\p{L}])/u;
const BOTH_REACH = 16;
/** A sentence's end: a stop that is not an initial's ("U.S."), a question or exclamation mark, a semicolon, a new line. */
const SENTENCE_END = /(?<!(?:^|[^\p{L}])\p{Lu})[.](?=\s|$)|[!?؟؛;]|\n/gu;
/** «حضرها», «حضره», «شارك فيها», "attended it": attendance of the same contact, told again. */
const ATTENDS_IT = /^\s+(?:حضر(?:ه|ها|هما)|شارك(?:ت)?\s+في(?:ه|ها)|(?:\p{L}+\s+){0,3}(?:also\s+)?attended\s+(?:it|them))(?![\p{L}])/u;
const ANOTHER_CLAUSE = /(?<![\p{L}])(?:فيما|بينما|حيث|وقال|وأكد|وأوضح|ولم|غير أن|إلا أن|الا أن|لكن|ولكن|while|whereas|where|but)(?![\p{L}])/u;

/**
 * A contact a relative clause reports with its own subject and partner, wherever it stands (reported speech, an
 * aside): «المباحثات التي أجراها الملك محمد السادس مع … بيدرو سانشيز يوم 7 أبريل 2022», "the call Pezeshkian held
 * with Putin on March 12". The clause runs to the next comma or stop; its date, if any, is the contact's.
 */
function contactsNamedInRelativeClauses(text: string, hits: Hit[], mentions: PassageFacts['mentions'], dates: FoundDate[]): Pick<EventCandidate, 'type' | 'participants' | 'via' | 'date'>[] {
  const found: Pick<EventCandidate, 'type' | 'participants' | 'via' | 'date'>[] = [];
  for (const h of hits) {
    if (h.value.kind !== 'trigger') continue;
    // «المعاهدة …، التي وقّعها الرئيسان X وY في الكرملين يوم 17 يناير», "the treaty, which X and Y signed in Moscow on
    // Jan. 17": the two who signed together met on the clause's day (or in its month: «في يناير الماضي»; a year alone
    // tells too little).
    const relativeBefore = typeOf(h) === 'agreement' ? RELATIVE_SIGNERS.exec(text.slice(Math.max(0, h.start - RELATIVE_SIGNERS_REACH), h.start)) : null;
    if (typeOf(h) === 'agreement' && (SIGNING_IN_RELATIVE.test(text.slice(Math.max(0, h.start - 12), h.start)) || relativeBefore)) {
      const stop = text.slice(h.end).search(STOP_BEFORE_NEXT);
      const sentenceEnd = stop < 0 ? text.length : h.end + stop;
      // (Arabic's verb first, «التي وقّعها X وY»; English's after its subjects, "which X and Y signed".)
      const from = relativeBefore ? h.start - relativeBefore[0].length : h.end;
      const signers = mentions.filter((m) => m.start >= from && m.end <= sentenceEnd);
      const day = dates.find((d) => d.index >= h.end && d.index < sentenceEnd && (d.precision === 'day' || d.precision === 'month'));
      const inOrder = relativeBefore ? signers.length >= 2 && signers[1].end <= h.start && SIGNERS_THEN_SIGNED.test(text.slice(signers[1].end, h.start)) : signers.length >= 2 && SIGNED_THEN_SIGNERS.test(text.slice(h.end, signers[0].start));
      if (inOrder && signers[0].actorId !== signers[1].actorId && day && SIDE_BY_SIDE.test(text.slice(signers[0].end, signers[1].start))) {
        const pair = [signers[0].actorId, signers[1].actorId];
        // («… بحضور الرئيس الأمريكي دونالد ترامب»: one in whose presence they signed was there too; a word of joining, data.)
        const present = unique(signers.slice(2).filter((m) => hits.some((j) => joinsAParty(j.value.kind) && j.start >= h.end && j.end <= m.start && m.start - j.end <= JOINING_REACH)).map((m) => m.actorId)).filter((a) => !pair.includes(a));
        found.push({ type: 'meeting', participants: [...pair, ...present], via: Object.fromEntries([...pair.map((a) => [a, 'named' as const]), ...present.map((a) => [a, 'joined' as const])]), date: nearestDate([day], day.index) });
      }
      continue;
    }
    if (!isArgued(typeOf(h))) continue;
    const after = text.slice(h.end, h.end + 40);
    const contact = (subjects: string[], partners: string[], from: number, to: number) => {
      const via = Object.fromEntries([...subjects.map((a) => [a, 'subject' as const]), ...partners.map((a) => [a, 'partner' as const])]);
      found.push({ type: typeOf(h), participants: [...subjects, ...partners], via, date: nearestDate(dates.filter((d) => d.index >= from && d.index < to), from) });
    };
    const clauseAfter = (from: number) => ({ from, to: clauseEnd(text, from) });
    // «الاجتماع الذي جمعه بتبون والمنفي»: the sentence's subject (its first named), with each named after.
    const joined = JOINED_LEAD.exec(after);
    if (joined) {
      const { from, to } = clauseAfter(h.end + joined[0].length);
      const sentenceStart = text.lastIndexOf('.', h.start) + 1;
      const owner = mentions.find((m) => m.start >= sentenceStart && m.end <= h.start)?.actorId;
      const partners = unique(mentions.filter((m) => m.start >= from && m.end <= to).map((m) => m.actorId)).filter((a) => a !== owner);
      if (owner && partners.length) contact([owner], partners, from, to);
      continue;
    }
    const lead = RELATIVE_CONTACT_LEAD.exec(after);
    if (!lead || (!lead[1] && !DEFINITE_CONTACT_NOUN.test(text.slice(Math.max(0, h.start - 12), h.end)))) continue;
    const { from, to } = clauseAfter(h.end + lead[0].length);
    const inClause = mentions.filter((m) => m.start >= from && m.end <= to);
    // «… تلك التي أبرمت خلال المباحثات التي أجراها مع الرئيس أردوغان في نيسان»: the verb's subject a pronoun, the
    // sentence's subject (its first named) with those named after «مع».
    if (lead[1] && inClause.length && PRONOUN_SUBJECT_WITH.test(text.slice(from, inClause[0].start))) {
      const sentenceStart = Math.max(text.lastIndexOf('.', h.start), 0);
      const owner = mentions.find((m) => m.start >= sentenceStart && m.end <= h.start)?.actorId;
      const partners = unique(inClause.map((m) => m.actorId)).filter((a) => a !== owner);
      if (owner && partners.length) contact([owner], partners, from, to);
      continue;
    }
    // "the call built on talks Safadi and Rubio held in Washington on February 11": the two who held it.
    const [a, b] = inClause;
    if (!lead[1] && a && b && a.actorId !== b.actorId && SUBJECT_GAP.test(text.slice(from, a.start)) && SIDE_BY_SIDE.test(text.slice(a.end, b.start)) && PAIR_HELD.test(text.slice(b.end, to))) {
      contact([a.actorId], [b.actorId], from, to);
      continue;
    }
    const withAt = inClause.length ? WITH.exec(text.slice(inClause[0].end, to)) : null;
    if (!withAt) continue;
    const split = inClause[0].end + withAt.index;
    const subjects = unique(inClause.filter((m) => m.end <= split).map((m) => m.actorId));
    const partners = unique(inClause.filter((m) => m.start > split).map((m) => m.actorId)).filter((a) => !subjects.includes(a));
    // The subject must open the clause: «التي أجراها الملك …», "the call Pezeshkian held" (its verb between).
    if (subjects.length && partners.length && SUBJECT_GAP.test(text.slice(from, inClause[0].start))) contact(subjects, partners, from, to);
  }
  return found;
}

/**
 * «أعمال الدورة التاسعة في الرابع من ديسمبر برئاسة سمو الأمير والرئيس أردوغان», "the session, chaired by X and Y on
 * May 3": two of two countries who chaired one gathering met, on the day the sentence gives before or after.
 */
function coChaired(text: string, hits: Hit[], mentions: PassageFacts['mentions'], dates: FoundDate[], { countryOf, published }: Pick<PassageFacts, 'countryOf' | 'published'>): Pick<EventCandidate, 'type' | 'participants' | 'via' | 'date' | 'planned'>[] {
  const found: Pick<EventCandidate, 'type' | 'participants' | 'via' | 'date' | 'planned'>[] = [];
  if (!CHAIRED_WORD.test(text)) return found;
  for (const chair of text.matchAll(CHAIRED_BY)) {
    const at = chair.index + chair[0].length;
    const [a, b] = mentions.filter((m) => m.start >= at).slice(0, 2);
    if (!a || !b || a.start - at > CHAIRS_REACH || !SIDE_BY_SIDE.test(text.slice(a.end, b.start)) || a.actorId === b.actorId) continue;
    const [ca, cb] = [countryOf?.(a.actorId) ?? null, countryOf?.(b.actorId) ?? null];
    if (ca === null || cb === null || ca === cb) continue;
    const sentenceStart = Math.max(text.lastIndexOf('.', chair.index), text.lastIndexOf('،', chair.index)) + 1;
    const stop = text.slice(b.end).search(/[.،,;؛]/);
    const day = nearestDate(dates.filter((d) => d.index >= sentenceStart && d.index < (stop < 0 ? text.length : b.end + stop)), chair.index);
    if (!day) continue;
    const pair = [a.actorId, b.actorId];
    // («على أن تحتضن الجزائر الدورة المقبلة العام المقبل برئاسة …», «سيعقد … برئاسة …»: one to come.)
    const planned = afterPublication(day, published ?? null) || hits.some((h) => h.value.kind === 'planned' && h.start >= sentenceStart && h.start < chair.index);
    found.push({ type: 'meeting', participants: pair, via: Object.fromEntries(pair.map((x) => [x, 'named' as const])), date: day, planned });
  }
  return found;
}
const CHAIRED_BY = /(?:^|[^\p{L}])(?:برئاسة|(?:co-)?chaired\s+by)(?!\s+مشتركة)\s+/giu;
/** The word CHAIRED_BY cannot match without (looked for first: a pattern that opens on a class of letters is tried at
 *  every position, a word is found at once). */
const CHAIRED_WORD = /برئاسة|chaired/i;
const CHAIRED_BY_ANYWHERE = /(?:^|[^\p{L}])(?:برئاسة|chaired\s+by)/iu;
/** How far after «برئاسة» the first chair is named (characters: titles first). */
const CHAIRS_REACH = 40;

/** The end of the sentence a date may follow: a stop before a capital or an Arabic word (not "Aug. 8"). */
const STOP_BEFORE_NEXT = /[;؛]|[.](?=\s*$|\s+[\p{Lu}\u0600-\u06FF])/u;
/** ", which X and Y": an English relative clause whose subjects come before the signing word. */
const RELATIVE_SIGNERS = /[,،]\s*(?:which|that)\s+[^,.;]*$/iu;
const RELATIVE_SIGNERS_REACH = 100;
/** «، التي», «، الذي», ", which", ", that" right before a signing word: a relative clause on what was signed. */
const SIGNING_IN_RELATIVE = /(?:^|[^\p{L}])(?:التي|الذي|which|that)\s+(?:(?:had|were|was|قد|كان)\s+)?$/iu;

/**
 * "The crown prince, who hosted Zelenskiy in Jeddah in March, spoke …", «ماكرون، الذي كان قد زار القاهرة في أبريل
 * الماضي والتقى خلالها الرئيس السيسي»: a relative clause on a person that tells a dated contact of theirs. The person
 * and those the clause names after its contact word met on the clause's date (a clause with no date of its own tells
 * no day, and is left out).
 */
function contactsOfPersonsInRelativeClauses(text: string, hits: Hit[], mentions: PassageFacts['mentions'], dates: FoundDate[]): Pick<EventCandidate, 'type' | 'participants' | 'via' | 'date'>[] {
  const found: Pick<EventCandidate, 'type' | 'participants' | 'via' | 'date'>[] = [];
  for (const m of mentions) {
    const lead = PERSON_RELATIVE_LEAD.exec(text.slice(m.end, m.end + 40));
    if (!lead) continue;
    const from = m.end + lead[0].length;
    const to = clauseEnd(text, from);
    const trigger = hits.find((h) => h.value.kind === 'trigger' && isArgued(typeOf(h)) && h.start >= from && h.start < to);
    const date = trigger ? nearestDate(dates.filter((d) => d.index >= from && d.index < to), trigger.start) : null;
    if (!trigger || !date) continue;
    // ("A, whom Modi had met in New York in September": the one who met A is named before the contact word.)
    const objectOfClause = /whom/i.test(lead[0]);
    const partners = unique(mentions.filter((x) => (objectOfClause ? x.start >= from : x.start >= trigger.end) && x.end <= to).map((x) => x.actorId)).filter((a) => a !== m.actorId);
    if (partners.length) found.push({ type: typeOf(trigger), participants: [m.actorId, ...partners], via: Object.fromEntries([[m.actorId, 'subject'], ...partners.map((a) => [a, 'named'])]), date });
  }
  return found;
}
/**
 * The person a relative clause holding `at` is on: named right before its comma, their title at most between
 * («X وزير الدولة بوزارة الخارجية، الذي عقد …», "X, the state minister, who held …" is not: a comma closes the name).
 */
function relativeAntecedent(text: string, from: number, at: number, mentions: PassageFacts['mentions']): PassageFacts['mentions'][number] | null {
  const lead = RELATIVE_BEFORE.exec(text.slice(from, at));
  if (!lead) return null;
  const comma = from + lead.index;
  const before = mentions.filter((m) => m.end <= comma);
  const last = before[before.length - 1];
  return last && TITLE_GAP.test(text.slice(last.end, comma)) ? last : null;
}
/** «، الذي …», "، who …" opening the clause of the contact word, with no comma after it. */
const RELATIVE_BEFORE = /[،,]\s*(?:الذي|التي|who)\s[^،,]*$/u;
/** A title after a name, up to the comma: a few words, no sign. */
const TITLE_GAP = /^(?:\s+[^\s,،.;؛:()«»"]+){0,6}\s*$/u;

/**
 * «استقبل أمير البلاد X ولي العهد Y», «وكان الرئيس X قد استقبل … رئيسة الحكومة Y», "X received Y": an audience, the
 * verb active with its object named (not «استقبله», «خلال استقباله», "was received"), its host named before the verb
 * or right after it, its guest after the host, and no one else named in the clause.
 */
function receivedBy(text: string, main: Hit, clauseMentions: PassageFacts['mentions']): boolean {
  if (!RECEIVED_VERB.test(text.slice(main.start, main.end)) || PASSIVE_BEFORE.test(text.slice(Math.max(0, main.start - 12), main.start))) return false;
  const named = clauseMentions.filter((m, i) => clauseMentions.findIndex((x) => x.actorId === m.actorId) === i);
  if (named.length !== 2 || named[1].start < main.end) return false;
  const [host] = named;
  return host.end <= main.start || HOST_RIGHT_AFTER.test(text.slice(main.end, host.start));
}
const RECEIVED_VERB = /^(?:[وف]?استقبل(?:ت)?|received|hosted)$/u;
const PASSIVE_BEFORE = /(?:^|[^\p{L}])(?:was|were|be|been|being)\s+$/iu;
/** Up to three words of style between the verb and its host («حضرة صاحب السمو»), no sign. */
const HOST_RIGHT_AFTER = /^(?:\s+[^\s,،.;؛:]+){0,3}\s*$/u;

/** "thanked his hosts", "the hosts": a noun after a determiner, not the verb of a contact. */
const hostsAsNoun = (text: string, h: Hit) => /^hosts$/i.test(text.slice(h.start, h.end)) && /(?:^|[^\p{L}])(?:his|her|their|its|our|the)\s+$/iu.test(text.slice(Math.max(0, h.start - 8), h.start));

/**
 * «ترأس أخنوش مأدبة غداء أقامها الملك على شرف الضيف», "presided over a dinner given by the emir": one who gave the meal
 * that another presided over in their name was not at it.
 */
function givenInTheirName(text: string, from: number, at: number): boolean {
  return GIVEN_BY.test(text.slice(Math.max(from, at - GIVEN_BY_REACH), at)) && PRESIDED.test(text.slice(from, at));
}
const GIVEN_BY = /(?:^|[^\p{L}])(?:أقام(?:ها|ه)|يقيمها|given\s+by|hosted\s+by|offered\s+by)\s+(?:[^\s,،.;؛]+\s+){0,3}$/iu;
const PRESIDED = /(?:^|[^\p{L}])[وف]?(?:ترأس|ترأست|يترأس|presided\s+over|chaired)(?![\p{L}])/iu;
const GIVEN_BY_REACH = 40;

/**
 * "on the sidelines of the installation of Sultan Ibrahim", «مراسم تشييع رئيسي», «مراسم أداء بزشكيان اليمين», «حفل تنصيب الرئيس X»: the one an
 * occasion is of (installed, buried, crowned) is what the contact was held at, not a party to it. So is the one
 * whose visit it was held on the margins of («على هامش زيارة الرئيس X», "on the sidelines of a visit by X").
 */
const OCCASION_OF = /(?:(?:(?:installation|inauguration|swearing-in|coronation|enthronement|funeral|wedding)\s+of|(?:sidelines|margins?)\s+of\s+(?:an?\s+|the\s+)?(?:(?:state|official|working)\s+)?(?:visit|trip|tour)\s+(?:by|of))\s+(?:(?:the|his|her)\s+)?(?:[\p{L}.'’-]+\s+){0,3}|(?:^|[\s\u0640])[وفبل]?(?:ال)?(?:تنصيب|تشييع|جنازة|تتويج|أداء|اداء|هامش\s+(?:ال)?(?:زيارة|جولة|مشاركة))\s+(?:[^\s,،.;؛]+\s+){0,3})$/iu;
const OCCASION_OF_REACH = 60;

/** ", who (had) …", ", whom …", «، الذي (كان قد) …» right after a name: a relative clause on that person. */
const PERSON_RELATIVE_LEAD = /^\s*[،,]\s*(?:who|whom|الذي|التي)\s+(?:(?:had|has|have|also)\s+|(?:كان|كانت)\s+قد\s+)?(?=\p{L})/u;
/**
 * «التي أجراها», «الذي عقده»: a relative clause whose verb has the contact word as its object (adjectives may stand
 * between: «المباحثات الثنائية التي أجراها»); in English, a name right after "the call", "the talks" ("the call
 * Pezeshkian held with …"), where nothing marks the clause.
 */
const RELATIVE_CONTACT_LEAD = /^(?:((?:\s+\p{L}+){0,3}?\s+(?:الذي|التي)\s+(?:أجرا|اجرا|عقد)(?:ها|هما|ه)(?![\p{L}]))|\s+(?:that\s+|which\s+)?(?=\p{Lu}))/u;
/** «الذي جمعه ب…», «التي جمعتها مع …»: a contact of the one it belongs to with those named after. */
const JOINED_LEAD = /^(?:\s+\p{L}+){0,3}?\s+(?:الذي|التي)\s+جمع(?:ه|ها|ته|تها)\s*(?:ب|مع\s)/u;
const DEFINITE_CONTACT_NOUN = /(?:the\s+(?:(?:phone|video)\s+)?(?:call|talks|meeting|conversation|summit|discussions)|(?:on|after|following|during|from|of)\s+talks)$/i;
/** "… and Rubio held in Washington": the verb after the two named side by side, no partner named with "with". */
const PAIR_HELD = /^\s+(?:held|had|conducted)(?![\p{L}])(?!\s+(?:with|talks\s+with)\s)/u;
const SUBJECT_GAP = /^[\s\p{L}]{0,30}$/u;
const WITH = /^\s+(?:(?:held|had|conducted)\s+)?(?:مع|with)\s/u;
/** «مع» right after the relative clause's verb (its subject the pronoun on it), then up to four words of title. */
const PRONOUN_SUBJECT_WITH = /^\s*مع\s+(?:\p{L}+\s+){0,4}$/u;
/** (Not the stop of an initial: "the U.N. General Assembly".) */
const CLAUSE_STOP = /[،,؛;]|(?<!(?:^|[^\p{L}])\p{Lu})[.]/u;
/** Where the clause that starts at `from` ends: its first comma or stop, or the text's end. */
const clauseEnd = (text: string, from: number): number => {
  const stop = CLAUSE_STOP.exec(text.slice(from));
  return stop ? from + stop.index : text.length;
};

/** Commas, or an apposition on the visit («، وهي أولى زياراته منذ …،»), between a visit's clause and what goes on from it. */
const VISIT_CLAUSE_END = /^[\s,،]*(?:و(?:هي|هو)\s[^،,.]*[،,]\s*)?$/u;
/**
 * «زيارة الدولة التي أداها X إلى روسيا في يونيو 2023، وما أسفرت عنه محادثاته … مع Y»: a visit told in a relative
 * clause that names its visitor, right before the clause at `from`: its visitor owns the possessive contact word
 * of that clause, and its date is that contact's.
 */
function visitJustBefore(text: string, mentions: PassageFacts['mentions'], dates: FoundDate[], from: number, ofVisitor = false): ReportedContact | null {
  let found: { at: number; contact: ReportedContact } | null = null;
  // The clause of a visit, from its lead to the first stop, must end right before `from`.
  const told = (lead: RegExpMatchArray, visitorIn: (clauseFrom: number, clauseTo: number) => PassageFacts['mentions'][number] | undefined) => {
    const clauseFrom = lead.index! + lead[0].length;
    const clauseTo = clauseEnd(text, clauseFrom);
    if (!VISIT_CLAUSE_END.test(text.slice(clauseTo, from))) return;
    const visitor = visitorIn(clauseFrom, clauseTo);
    if (visitor && (!found || lead.index! > found.at))
      found = { at: lead.index!, contact: { subject: visitor.actorId, date: nearestDate(dates.filter((d) => d.index >= clauseFrom && d.index < clauseTo), clauseFrom) } };
  };
  for (const lead of text.slice(0, from).matchAll(PERFORMED_VISIT)) told(lead, (f, t) => mentions.find((m) => m.start >= f && m.end <= t));
  // «زيارة الرئيس اللبناني إلى القاهرة في 19 مايو، والتي عقد خلالها …»: the visitor named right after the visit. The
  // visit nearest the clause is the one it goes on from («زيارة مدبولي بعد أشهر من زيارة الرئيس اللبناني …»).
  // Its title may come first («زيارة العاهل الأردني الملك عبدالله الثاني»); not «زيارة لوزير خارجية سعودي»: with «لـ», a
  // visit by someone of that office, not by the holder.
  if (ofVisitor)
    for (const lead of text.slice(0, from).matchAll(VISIT_OF))
      told(lead, (f, t) => (text[f] === 'ل' && text[f + 1] !== 'ل' ? undefined : mentions.find((m) => m.start >= f && m.start < t && !VISITOR_GAP_STOP.test(text.slice(f, m.start)))));
  // (Set in the closure: TypeScript keeps the type it had here.)
  return (found as { at: number; contact: ReportedContact } | null)?.contact ?? null;
}

/** «زيارة الدولة التي أداها», «الزيارة الرسمية التي قام بها», «زيارة قام بها»: a visit and a relative clause whose verb
 *  says who made it. */
const PERFORMED_VISIT = /(?<![\p{L}])(?:ال)?(?:زيار|جول|رحل)[ةه](?:\s+\p{L}+){0,2}?\s+(?:(?:التي|الذي)\s+)?(?:أداها|اداها|أداه|اداه|قام بها|قام به|قامت بها|أجراها|اجراها|أجرتها|اجرتها)(?![\p{L}])/gu;

/** A visit noun before the one who made it («زيارة الرئيس اللبناني إلى …»). */
const VISIT_OF = /(?<![\p{L}])(?:ال)?زيار[ةه]\s+/gu;
/** Words that end the visitor's name and titles after a visit noun: where, when, whom. */
const VISITOR_GAP_STOP = /(?:^|\s)(?:إلى|الى|في|من|بعد|قبل|مع|على|عن)(?=\s|$)/u;

const isPossessive = (main: Hit, hits: Hit[]) => hits.some((h) => h.value.kind === 'possessive' && h.start < main.end && main.start < h.end);

/**
 * The dates of the contact rather than of what was discussed: once a topic word follows the contact word
 * («…، تناولت … المعاهدة الموقعة في 17 يناير»), later dates are the topic's, unless the clause has no other.
 */
/**
 * "X arrived in Moscow on Thursday and is due to meet Y on Friday", «وصل X الخميس ويلتقي Y الجمعة»: a date told before
 * a coordinated verb is the earlier verb's; the contact's is the one after its word.
 */
function ofItsOwnPredicate(text: string, dates: FoundDate[], main: Hit | undefined): FoundDate[] {
  if (!main || !dates.some((d) => d.index >= main.end)) return dates;
  const coordinated = (d: FoundDate) => {
    const gap = text.slice(d.index + d.text.length, main.start);
    return COORDINATED_AFTER_DATE_EN.test(gap) || /^\s*و?$/u.test(gap) && (gap.endsWith('و') || text[main.start] === 'و');
  };
  return dates.filter((d) => d.index >= main.end || !coordinated(d));
}
/** What stands between a date and an English contact word coordinated with the verb before it: "and is due to". */
const COORDINATED_AFTER_DATE_EN = /^\s*,?\s*and\s+(?:\p{Ll}+\s+){0,4}$/u;

function beforeSubject(dates: FoundDate[], hits: Hit[], main: Hit | undefined): FoundDate[] {
  if (!main) return dates;
  const topic = hits.find((h) => h.value.kind === 'topic' && h.start >= main.end);
  if (!topic) return dates;
  const before = dates.filter((d) => d.index < topic.start);
  return before.length ? before : dates;
}

/**
 * A contact verb whose subject the clause does not name: in English no actor before it ("…, also met with Y"); in
 * Arabic its first actor is an object («وبحث مع نظيره», «أجرى اتصالا بنظيره»), or the only one named after a
 * verb that goes on at the scene of the clause before («قادته جولته إلى دمشق، حيث التقى الرئيس السوري»: the
 * traveller met him) or is coordinated with its verb («وصل … على رأس وفد، والتقى الرئيس»). Nominal forms have
 * their owner.
 */
function hasNoSubject(text: string, trigger: Hit, mentions: PassageFacts['mentions'], from: number, coordinated: boolean, subjectBefore: string | null = null): boolean {
  // «حيث عقد مع نظيره المغربي جلسة مباحثات»: one named after «مع» before the contact noun is its object, not its subject.
  // (Not when the contact word is in a relative clause on it: «… مع رئيس مجلس النواب X، الذي استقبل …».)
  if (mentions.some((m) => m.end <= trigger.start && (!afterWith(text, m) || RELATIVE.test(text.slice(m.end, trigger.start))))) return false;
  const first = mentions.find((m) => m.start >= trigger.end);
  if (!first) return mentions.length > 0 && !/[a-z]/i.test(text.slice(trigger.start, trigger.end));
  const word = text.slice(trigger.start, trigger.end);
  // («ثم التقى رئيس منظمة الطاقة الذرية محمد إسلامي» opening a passage: the story's next step, its subject left out.)
  // («…، والتقى حينها خامنئي والرئيس الراحل إبراهيم رئيسي»: those it names are a list, «و» before the second; not
  // when the subject before is among them: «وكان الشرع قد وصل …، والتقى الشيباني والشرع وفدا …».)
  const after = mentions.filter((m) => m.start >= trigger.end);
  const goesOnAtScene = ((coordinated || continues(text, from) || NEXT_STEP_OPENS.test(text.slice(from))) && (SCENE_VERB.test(word) || TO_MEET.test(word))) || (coordinated && RECEIVE_VERB.test(word));
  if (goesOnAtScene && (mentions.every((m) => m.actorId === first.actorId) || (objectList(text, after) && !after.some((m) => m.actorId === subjectBefore)))) return true;
  // "The council first met …": a subject that is no person; nobody from before takes part.
  const before = text.slice(Math.max(0, trigger.start - 40), trigger.start);
  // "where earlier in the day he had met Y": a pronoun is the person named before, whatever noun stands ahead of it.
  // ("The following day, he discussed the situation in the Middle East by phone with …": the clause's own pronoun.)
  if (/[a-z]/i.test(word) && THING_SUBJECT.test(before) && !PRONOUN_SUBJECT.test(before) && !PRONOUN_OPENS_CLAUSE.test(text.slice(from, trigger.start))) return false;
  // "Opening the talks, Putin told his guest …", "During the meeting, X said …": a phrase set before the subject.
  if (FRAME_OPENS.test(text.slice(from, trigger.start)) && /^\s*[,،]\s*$/.test(text.slice(trigger.end, first.start))) return false;
  // «استدعت الخارجية الإيرانية، أمس، السفراء إلى اجتماع مع …»: an institution is the verb's subject; no person named
  // before takes part.
  if (INSTITUTION_SUBJECT_AR.test(text.slice(from, trigger.start))) return false;
  // English, or a contact word that ends in its preposition («اجتمع مع»): what follows is the object.
  if (/[a-z]/i.test(word) || /\s(?:مع|ب)$/u.test(word)) return true;
  return OBJECT_GAP.test(text.slice(trigger.end, first.start)) || BY_AGENT.test(text.slice(trigger.end, first.start));
}

/** «واستُقبل في الكرملين من قبل الرئيس X»: the agent of a passive verb (a place or a time before, a title after); its subject is left out. */
const BY_AGENT = /^[^.,،;؛]{0,40}(?<![\p{L}])(?:من\s+(?:قبل|جانب)|على\s+يد)\s+[^.,،;؛]{0,40}$/u;

const FRAME_OPENS = /^\s*(?:Opening|Closing|Concluding|Starting|At\s+the\s+(?:start|end|opening|close)\s+of|During|Throughout|After|Before|Following|Ahead\s+of)\s+(?:the|their|his|her)\s+(?:(?:first|second|last|two-hour|\p{L}+-hour)\s+)?$/u;

/** «في وقت لاحق من اليوم», «وبعد ساعات», "later that day": a day-shift phrase of the same day that tells a sequel. */
const LATER_THAT_DAY = /later|لاحق|بعد\s+ساعات/iu;

/** "the same day", «في اليوم نفسه», "that evening", «في المساء ذاته»: no shift, pointing back to a day the sentence named
 *  (not "earlier in the day"). */
const SAME_DAY = /same\s+(?:day|evening|night|morning)|(?:اليوم|يوم|المساء|الليلة|الصباح)\s+(?:نفسه|ذاته|نفسها|ذاتها)|(?:نفس|ذات)\s+اليوم|(?<!(?:later|earlier)\s+)that\s+(?:day|evening|night|morning|afternoon)|(?<!من\s+)ذلك\s+اليوم/iu;
/** The date a "first … since" phrase of the clause names, and the type its contact noun says (null: the clause's). */
function lastSince(text: string, from: number, to: number, dates: FoundDate[]): { date: FoundDate; type: CandidateType | null } | null {
  for (const d of dates) {
    if (d.index < from || d.index >= to) continue;
    // («…الأولى وجها لوجه بين الرئيسين منذ لقائهما على هامش قمة شنغهاي في أيلول من العام الماضي», "since their
    // meeting in Samarkand last September": the noun of the two, the place between, then the date.)
    const m = FIRST_SINCE.exec(text.slice(Math.max(from, d.index - 80), d.index)) ?? SINCE_THEIR.exec(text.slice(Math.max(from, d.index - SINCE_THEIR_REACH), d.index));
    if (m) return { date: d, type: /call|conversation|اتصال|مكالمة/iu.test(m[1]) ? 'phone_call' : /meeting|talks|summit|visit|encounter|لقاء|اجتماع|قمة|زيارة|محادثات|مباحثات/iu.test(m[1]) ? 'meeting' : null };
  }
  return null;
}
const SINCE_THEIR = /(?:^|[^\p{L}])(?:منذ|since)\s+((?:لقائهما|اجتماعهما|اتصالهما|مكالمتهما|محادثاتهما|مباحثاتهما|قمتهما)|their\s+(?:last\s+|previous\s+)?(?:meeting|talks|call|phone\s+call|summit|encounter|conversation))(?![\p{L}])[^.؛;]*$/iu;
/** How far before its date "since their meeting" may stand, a place and an occasion between (characters). */
const SINCE_THEIR_REACH = 120;
const FIRST_SINCE = /(?:(?<![\p{L}])first|(?:^|[\s\u0640])(?:ك|ب|في\s+)?أول)\s+((?:(?:phone|telephone|face-to-face|in-person|direct)\s+)?(?:conversation|call|meeting|talks|summit|contact|visit)|(?:لقاء|اتصال|اجتماع|قمة|زيارة|مكالمة|محادثات|مباحثات|تواصل)(?:\s+(?:هاتفي|مباشر|ثنائي))?)(?:\s+(?:between\s+(?:the\s+two(?:\s+\p{L}+)?|them)|بينهما|بين\s+(?:الجانبين|الزعيمين|الرئيسين|الوزيرين)))?\s+(?:since|منذ)\s+(?:(?:in|عام|العام)\s+)?$/iu;
/** «ثم …», «وبعد ذلك …» opening a passage: the story's next step, after the contact told last. */
const NEXT_STEP_OPENS = /^\s*(?:ثم|وبعد\s+ذلك|وبعدها|ومن\s+ثم)\s+(?=\p{L})/u;
/**
 * «ويأتي اللقاء بعد أيام من …», "The talks come days after …": the contact told before, named again to set it against
 * something else. It reports no contact of its own; those named after it are that something else's.
 */
/** «محادثات مع», «جولة محادثات في موسكو مع», "talks in Moscow with": who the talks are with, a place first or not. */
const TALKS_WITH_AFTER = /^(?:\s+(?:في|ب|at|in)\s+\S+(?:\s+\S+)?)?[\s,،]+(?:مع|with)\s/u;
const TALKS_WITH_REACH = 40;

function framesStory(text: string, h: Hit): boolean {
  // («وتأتي زيارة لافروف بعد ستة أسابيع من زيارة …»: the story's contact named by its party, then what it came after.)
  if (FRAME_VERB_BEFORE.test(text.slice(Math.max(0, h.start - 12), h.start)) && FRAMED_BY_NAME.test(text.slice(h.end, h.end + FRAMED_BY_NAME_REACH))) return true;
  // («ويأتي لقاء اليوم بعد …»: the contact of the day is pointed back to as well.)
  if (!isAnaphor(text, h) && !OF_THE_DAY.test(text.slice(h.end, h.end + 8))) return false;
  return FRAME_VERB_BEFORE.test(text.slice(Math.max(0, h.start - 12), h.start)) || FRAME_VERB_AFTER.test(text.slice(h.end, h.end + 80));
}
/** "The talks with Sheikh Mohamed came a day after Putin received …": where the frame that names the story's contact
 *  and its partner ends (its verb); `from` when the clause opens with no such frame. */
function framedPartnerEnd(text: string, from: number, hits: Hit[], mentions: PassageFacts['mentions']): number {
  const frame = hits.find((h) => h.value.kind === 'trigger' && h.start >= from && (PRONOUN_OR_NOTHING_BEFORE.test(text.slice(from, Math.max(from, h.start - 4))) || FRAME_VERB_OPENS.test(text.slice(from, h.start))) && framesStory(text, h));
  if (!frame) return from;
  const verb = FRAME_VERB_AFTER.exec(text.slice(frame.end, frame.end + 80));
  if (verb) return frame.end + verb[0].length;
  // («وتأتي زيارة X بعد أسابيع من زيارة الرئيس Y»: when the contact it came after names its own party right after its
  // word; «وجاء استقبال X غداة مباحثات عقدها مع Y» leaves that one's subject out: X, who stays.)
  const named = FRAMED_BY_NAME.exec(text.slice(frame.end, frame.end + FRAMED_BY_NAME_REACH));
  const end = named ? frame.end + named[0].length : from;
  const after = hits.find((h) => h.value.kind === 'trigger' && h.start >= end);
  return named && after && mentions.some((m) => m.start >= after.end && m.start - after.end <= POSSESSOR_REACH && !/[,،.؛:]|\s(?:مع|with)\s/u.test(text.slice(after.end, m.start))) ? end : from;
}
/** «وتأتي زيارة X بعد …»: the story's contact and its party, up to the word that says what it came after. */
const FRAMED_BY_NAME = /^(?:\s+[^\s,،.؛:]+){1,6}?\s+(?:بعد|قبل|عقب|غداة|عشية|إثر|اثر|في\s+أعقاب)(?![\p{L}])/u;
const FRAMED_BY_NAME_REACH = 70;
/** How far after a contact word its party named as its possessor («زيارة الرئيس الإيراني بزشكيان») may stand. */
const POSSESSOR_REACH = 30;
const FRAME_VERB_OPENS = /^[\s,،]*و?(?:يأتي|تأتي|جاء|جاءت)\s+(?:هذا\s+|هذه\s+)?$/u;
const FRAME_VERB_BEFORE = /(?:^|[\s\u0640])و?(?:يأتي|تأتي|جاء|جاءت)\s+(?:هذا\s+|هذه\s+)?$/u;
/**
 * «ويأتي الاتصال غداة», «وجاءت زيارة اليوم بعد يومين من», "The talks came a day after", opening a passage: the story's
 * contact, framed. (Inside a passage, «… قام بزيارة …، وجاءت الزيارة غداة …» frames the contact just told.)
 */
const FRAME_BEFORE_SHIFT = /^\s*(?:و?(?:يأتي|تأتي|جاء|جاءت)\s+(?:هذا\s+|هذه\s+)?\p{L}+(?:\s+(?:اليوم|أمس)|\s+\p{L}+)?|(?:the\s+)?(?:[\p{L}'’]+\s+){1,2}(?:comes?|came|follows?|followed)(?:\s+(?:just|only))?)\s+$/iu;
/** «تناولت التحضيرات لاجتماعات اللجنة», "discussed preparations for the meeting of": a contact prepared for is what was
 *  discussed, not the clause's contact (when it has another). */
function preparedFor(text: string, h: Hit): boolean {
  return PREPARED_FOR.test(text.slice(Math.max(0, h.start - PREPARED_FOR_REACH), h.start)) && (/^ل/u.test(text.slice(h.start, h.end)) || /(?:for|of)\s+(?:the\s+)?$/iu.test(text.slice(Math.max(0, h.start - 9), h.start)));
}
const PREPARED_FOR = /(?:التحضير|التحضيرات|الإعداد|التمهيد|الترتيب|الترتيبات|preparations?|preparing|arrangements?)\s+(?:(?:for|of)\s+(?:the\s+)?)?$/iu;
const PREPARED_FOR_REACH = 24;
/** "He later", "She also", «كما», «ثم»: a clause whose contact word has no subject named before it. */
const PRONOUN_OR_NOTHING_BEFORE = /^[\s,،]*(?:(?:and|then|he|she|later|also|و|ف|كما|ثم)(?:\s+|$))*$/iu;
const OF_THE_DAY = /^\s+(?:اليوم|أمس|الأمس)(?![\p{L}])/u;
/** ("The talks with Sheikh Mohamed came a day after …": the framed contact's partner named between.) */
const FRAME_VERB_AFTER = /^(?:\s+with)?(?:\s+\p{Lu}[\p{L}.'’-]*){0,6}?\s+(?:comes?|came|follows?|followed)(?![\p{L}])/u;

/**
 * «وأطلع الصفدي نظيره على نتائج المباحثات التي أجراها الملك مع ترامب», "briefed him on the talks X held with Y": a
 * contact word in what someone was briefed on, with parties of its own named after it, is what they spoke of (a
 * relative clause tells that contact). Not the scene of the briefing («على نتائج الزيارة خلال لقائهما», "on the
 * exchange at a meeting in Port Sudan"), nor "briefed the prime minister on the outcome of the talks", itself a meeting.
 */
function briefedOn(text: string, h: Hit, clauseStart: number, mentions: { start: number }[]): boolean {
  const before = text.slice(clauseStart, h.start);
  if (!BRIEFING_WORD.test(before) || !BRIEFED_ON.test(before) || SCENE_BEFORE.test(before) || CLAUSE_AFTER_BRIEFING.test(before)) return false;
  const stop = text.slice(h.end).search(/[,،.;؛]/);
  return mentions.some((m) => m.start >= h.end && (stop < 0 || m.start < h.end + stop));
}
const BRIEFING_VERB_AR = '(?:أطلع|أطلعت|يطلع|تطلع|أطلعه|أطلعها|أطلعهم|أطلعهما)';
const BRIEFING_VERB_EN = '(?:briefed|updated|informed)';
/** One of the verbs, looked for before the full pattern (most clauses have none). */
const BRIEFING_WORD = new RegExp(`${BRIEFING_VERB_AR}|${BRIEFING_VERB_EN}`, 'iu');
const BRIEFED_ON = new RegExp(String.raw`(?:(?:^|[\s\u0640])و?${BRIEFING_VERB_AR}\s[^.؛]*?\sعلى\s|(?:^|[^\p{L}])${BRIEFING_VERB_EN}\s[^.;]*?\s(?:on|about|of)\s)[^.;؛]*$`, 'iu');
const SCENE_BEFORE = /(?:^|[\s\u0640])(?:خلال|أثناء|في|at|during|in)\s+(?:an?\s+|the\s+|their\s+)?$/iu;
/** «وأطلعت تيتيه رئيس الحكومة على حصيلة جولتها، إذ التقت …»: after the briefing a clause of its own tells a contact. */
const CLAUSE_AFTER_BRIEFING = /[،,]\s*(?:إذ|اذ|حيث|بعدما|where|when|after|having)\s/u;

/**
 * «وأطلعت تيتيه رئيس الحكومة على حصيلة جولتها، إذ التقت … حفتر»: who was briefed, and on what, up to the clause that
 * tells the contact: [start, end) of that span, or null when the contact word has no briefing before it.
 */
function briefedBefore(text: string, clauseStart: number, at: number, mentions: { start: number; end: number }[]): { start: number; end: number } | null {
  const before = text.slice(clauseStart, at);
  const verb = BRIEFING_WORD.exec(before);
  const opener = verb ? CLAUSE_AFTER_BRIEFING.exec(before.slice(verb.index)) : null;
  if (!verb || !opener) return null;
  const verbAt = clauseStart + verb.index;
  // The briefed one is named after the verb and its subject: «وأطلعت تيتيه رئيس الحكومة», the first named after the
  // verb when none is named before it.
  const subject = mentions.some((m) => m.start >= clauseStart && m.start < verbAt) ? undefined : mentions.find((m) => m.start > verbAt);
  return { start: subject ? subject.end : verbAt + verb[0].length, end: verbAt + opener.index };
}

/**
 * "Alam described the meeting as very cordial", «ووصف الشناوي اللقاء بأنه بنّاء»: a contact told before, judged by
 * whoever speaks of it; the speaker takes no part and the words report no contact of their own.
 */
function judged(text: string, h: Hit): boolean {
  const before = text.slice(Math.max(0, h.start - JUDGED_REACH), h.start);
  return (JUDGING_WORD_EN.test(before) && JUDGED_EN.test(before)) || (isAnaphor(text, h) && JUDGED_AR.test(before) && JUDGED_AS.test(text.slice(h.end, h.end + 12)));
}
/** What JUDGED_EN cannot match without (looked for first: a pattern that opens on a class of letters is tried at every
 *  position, a word is found at once). */
const JUDGING_WORD_EN = /described|termed|characteri|hailed|praised/i;
const JUDGED_EN = /(?:^|[^\p{L}])(?:described|termed|characteri[sz]ed|hailed|praised)\s+(?:the|their|his|her|this|that)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
const JUDGED_AR = /(?:^|[\s\u0640])[وف]?(?:وصف|وصفت|يصف|تصف)(?:\s+[^\s,،.؛]+){0,8}\s+$/u;
/** «بأنه», «بأنها», «بالمثمر»: what the one who judges the contact calls it. */
const JUDGED_AS = /^\s*(?:ب[أا]ن|بال|ب\p{L})/u;
const JUDGED_REACH = 90;

/** «مع», "with" and up to six words of title before a name («مع نظيره العماني», «مع وزير الخارجية القطري الشيخ»): the
 *  name is the object of a contact word. */
const WITH_TITLE_BEFORE = /(?:^|[\s\u0640])(?:مع|with)(?:\s+[^\s،,.؛:]+){0,6}\s+$/u;
/** The one named at `m` is the object of «مع», "with" (its titles between). */
const afterWith = (text: string, m: { start: number }) => WITH_TITLE_BEFORE.test(text.slice(Math.max(0, m.start - 80), m.start));

/** Who leads a parliament, beside the leaders of state and government (the «الزعيمان» office): one a visitor meets alone. */
const SPEAKER_ROLES = new Set(['parliament_speaker', 'senate_president']);
/** «خامنئي والرئيس الراحل إبراهيم رئيسي»: each named after the first joined to it by «و» and title words only. */
function objectList(text: string, named: { start: number; end: number }[]): boolean {
  return named.length >= 2 && named.slice(1).every((m, i) => SIDE_BY_SIDE.test(text.slice(named[i].end, m.start)));
}
/** «التقى», «اجتمع»: a verb whose one named party, at the scene of a clause before, is the one met. */
const SCENE_VERB = /^و?(?:التقى|التقت|اجتمع|اجتمعت|س?يلتقي|س?تلتقي|س?يجتمع|س?تجتمع)$/u;
/** «، ثم استقبلت الدبيبة», «قبل أن تستقبل حفتر»: a verb of receiving coordinated with one before, its subject shared. */
const RECEIVE_VERB = /^و?(?:استقبل|استقبلت|س?يستقبل|س?تستقبل)$/u;
/** «قبل أن ينتقل إلى عين التينة للقاء X», «ثم توجه إلى القصر لاستقبال X»: a contact noun of purpose, whose agent is the traveller. */
const TO_MEET = /^و?ل(?:لقاء|استقبال|زيارة)$/u;

/** A clause's first verb and its subject, an institution («أعلنت الرئاسة», «ودعت وزارة الخارجية»), a phrase of
 *  context before («وفي سياق متصل،»). */
const INSTITUTION_SUBJECT_AR = /^[\s،,]*(?:و?(?:في|من)\s+(?:سياق|جهة|جانب)\s+\p{L}+[،,]?\s+)?[وف]?\p{L}{3,}\s+(?:وزارة\s+|هيئة\s+)?(?:الخارجية|الحكومة|الرئاسة|الكرملين|الوزارة|السلطات|السفارة|الداخلية|الدفاع|الخارجيه|الحكومه|الرئاسه|الوزاره)(?![\p{L}])/u;
/**
 * A noun phrase opened by an article right before an English verb ("The council first", "the economic commission
 * last"). (Not "attended the forum and": the object of a verb before, whose subject goes on; nor "held a separate
 * meeting with", "had a brief meeting with": the object of a light verb; nor "the next day", "a day later".)
 */
const THING_SUBJECT = /(?:^|[^\p{L}])(?<!(?:held|had|hold|holds|holding|have|has|paid)[^\p{L}])(?:the|a|an)\s+(?!(?:next|following|same|previous)\s+day|day\s+later)\p{L}+(?:\s+(?!(?:and|then)(?![\p{L}]))\p{L}+){0,2}\s+$/iu;
/**
 * "he had", "she also", "He will also hold a separate": a personal pronoun a few words before an English contact word,
 * its subject.
 */
const PRONOUN_SUBJECT = /(?:^|[^\p{L}])(?:he|she)(?:\s+\p{L}+){0,5}\s+$/iu;
/** A clause that opens on its pronoun subject, after a phrase set before it or none ("The next day, he …"). */
const PRONOUN_OPENS_CLAUSE = /^\s*(?:[^,.;]{1,40},\s*)?(?:he|she)\s+\p{Ll}/u;

/** «خلالها», «خلاله» right after a contact verb: during the visit told before. */
const DURING_IT = /^[\s\u0640]*(?:خلالها|خلاله)(?![\p{L}])/u;
/** Up to a few words after a contact noun, then "between", «بين»: the parties follow. */
const BETWEEN_AFTER = /^(?:\s+[^\s,،.;؛]+){0,5}?\s+(?:between|بين)\s/iu;
const BETWEEN_REACH = 60;
const ORDINAL_NEAR = /(?<![\p{L}])(?:هذا|هذه|الأول|الأولى|الثاني|الثانية|الثالث|الثالثة|first|second|third|latest|last|this)(?![\p{L}])/iu;
/** What may open a passage before a verb that goes on from the sentence before: «كما», «ثم», "He then", "and". */
const OPENS_ON_TOLD = /^[\s\p{P}]*(?:(?:كما|ثم|and|then)\s+)?$/u;
/** «خصه», «خصّها»: a verb of granting whose object pronoun is the one a contact noun after it («باستقبال») was granted to. */
const GRANTED_TO_PRONOUN = /(?:^|[\s\u0640،,])(?:و|ف)?خص\u0651?(?:ه|ها|هما|هم)(?![\p{L}])/u;
/** A contact verb with its object a pronoun, at its start: «استقبله», «التقاها», "received him". */
const OBJECT_PRONOUN_VERB = /^(?:\p{L}{3,}(?:ه|ها|هما)|\p{L}+\s+(?:him|her|them))(?![\p{L}])/iu;
/** A contact verb with an object pronoun: "hosted him", "met her", «استقبله». */
const OBJECT_PRONOUN_END = /(?:\s(?:him|her|them)|\p{L}{3,}(?:ه|ها|هما))(?![\p{L}])/iu;
/** «حينها», «آنذاك», «يومها», «وقتها», "at the time", "then" right after a contact word. */
const AT_THAT_TIME = /^\S+(?:\s+\S+){0,3}?\s+(?:حينها|حينذاك|حينئذ|آنذاك|انذاك|يومها|وقتها|at\s+the\s+time|at\s+that\s+time)(?![\p{L}])/iu;
const AT_THAT_TIME_REACH = 40;
/** "During that trip", "on that visit", «خلال تلك الزيارة», «خلال زيارته تلك»: a visit told before, pointed back to.
 *  (Not "this visit", «هذه الزيارة»: the one the article reports, whatever was recalled in between.) */
const DURING_THAT_VISIT = /(?:^|[^\p{L}])(?:during|on|in\s+the\s+course\s+of)\s+(?:that|the\s+same)\s+(?:trip|visit|tour|stay|stop)(?![\p{L}])|(?:^|[\s\u0640])و?(?:خلال|أثناء|اثناء|وفي)\s+تلك\s+(?:الزيارة|الجولة|الرحلة)(?![\p{L}])|(?:^|[\s\u0640])و?(?:خلال|أثناء|اثناء)\s+(?:زيارته|زيارتها|جولته|جولتها)\s+تلك(?![\p{L}])/iu;
/**
 * «وكان في استقباله بالمطار …», «فور وصوله», "was received at the airport by", "on arrival": a welcome at the visitor's
 * arrival, on the day of the arrival told last (in the passage, or before it).
 */
const AT_ARRIVAL = /(?:^|[\s\u0640])و?(?:كان|كانت)\s+في\s+(?:استقباله|استقبالها|استقبالهم|استقبالهما)(?![\p{L}])|(?:^|[\s\u0640])(?:لدى|فور|عند|لحظة|إثر|اثر|بعيد)\s+(?:وصوله|وصولها|وصولهم|وصولهما)(?![\p{L}])|(?<![\p{L}])(?:[Oo]n|[Uu]pon)\s+(?:(?:his|her|their)\s+)?arrival(?![\p{L}])|(?<![\p{L}])at\s+(?:the\s+)?(?:\p{Lu}[\p{L}\d-]*\s+){0,3}(?:[Ii]nternational\s+)?[Aa]irport(?![\p{L}])/u;
/** "Shortly after landing, he …", "At Vnukovo-2 airport, he was …", «وفور وصوله، …» opening the passage. */
const AFTER_ARRIVAL_OPENS = /^\s*(?:(?:shortly|soon|right|immediately|just)\s+after\s+(?:landing|arriving|(?:his|her|their)\s+arrival)|at\s+(?:the\s+)?(?:[\p{Lu}\d][\p{L}\d'’-]*\s+){0,4}(?:international\s+)?airport|و?(?:فور|بعيد|عقب)\s+(?:وصوله|وصولها|هبوط\s+طائرته|هبوط\s+طائرتها))[\s,،]+(?:(?:he|she)\s+(?:\p{L}+\s+){0,3})?$/iu;
/** The day of the last visit told with its visitor: in the passage's candidates so far, or the one before it. */
function arrivalDay(reported: EventCandidate[], before: ReportedContact | undefined): EventDate | null {
  const visit = lastVisitTold(reported);
  return visit ? visit.date : (before?.date ?? null);
}
/** The last visit of `reported` told as done with its visitor: what "during that trip" or a welcome on arrival is of. */
export const lastVisitTold = (reported: EventCandidate[]) => reported.findLast((e) => e.type === 'visit' && !e.planned && e.participants.length > 0);
/** After a contact noun: its adjective, then a verb whose suffix points back to it («اتصال هاتفي أجراه …», «الاتصال الهاتفي الذي تلقاه …»). */
const OWN_AGENT = /^\s+(?:(?:(?:ال)?(?:هاتفي|ثنائي|مرئي)|هاتفيا|هاتفياً|ثنائيا|ثنائياً)\s+)?(?:(?:الذي|التي)\s+)?(?:أجراه|أجرته|اجراه|اجرته|أجراها|عقده|عقدته|عقدها|تلقاه|تلقته|أجرياه|عقداه)\s+(?:(?:رئيس|رئيسة|وزير|وزيرة|الرئيس|الوزير|الملك|الأمير|الشيخ|السلطان)\s+)?/u;
/** "X, who arrived in the Russian capital late on Tuesday, was welcomed at Vnukovo airport by Y": the day an aside of
 *  the clause gives the arrival the welcome is at. */
function arrivalToldBefore(text: string, from: number, to: number, dates: FoundDate[]): EventDate | null {
  const d = dates.find((x) => x.index >= from && x.index < to && x.precision === 'day' && ARRIVED.test(text.slice(from, x.index)));
  return d ? eventDateOf(d) : null;
}
/** The arrival a passage tells last, up to the clause after it: "arrived (in Doha) from Riyadh", «وصل … قادما من …». */
const ARRIVED = /(?:(?<![\p{L}])(?:arrived|landed|flew\s+in)(?![\p{L}])|(?:^|[\s\u0640])[وف]?(?:وصل|وصلت|حل|حلت)(?![\p{L}]))[^.;؛]*$/u;
/** «خلالها», «خلاله» in a clause, up to just after its contact word. */
const DURING_IN = /(?<![\p{L}])(?:خلالها|خلاله)(?![\p{L}])/u;

/**
 * What stands between an Arabic contact verb and its object when the subject is left out; an adjective may («لقاء ثنائيا
 * مع»), and «، في لقاءين منفصلين،», which says the ones named after it were each met.
 */
const OBJECT_GAP = /^[\s\u0640]*(?:(?:خلالها|خلاله|فيها|فيه|أيضا|أيضاً)[\s\u0640]+)?(?:\p{L}{3,}(?:اً?|ة)[\s\u0640]+)?(?:(?:مع|إلى|الى|من|عبر|لدى|بكل من|كل من|كلا من|كلاً من|هاتفيا|هاتفياً)(?![\p{L}])|[،,]?\s*(?:في|خلال)\s+(?:لقاءين|لقاءات|اجتماعين|اجتماعات|جلستين)\s+منفصل|[بل]$|بـ$)/u;

/**
 * A second contact word in a clause about one already reported («خلال الاتصال», "during the call"), followed by a
 * date that names its month or year («خلال محادثاتهما في طشقند في مايو 2024», "their talks in Tashkent in May
 * 2024"): an earlier contact the parties recalled, dated by those words (RECALLED_GAP: what may stand between).
 */
function recalledContact(text: string, triggers: Hit[], main: Hit, dates: FoundDate[]): { trigger: Hit; date: FoundDate } | undefined {
  // «خلال الاتصال», "during the call": the contact word itself is definite.
  if (!isAnaphor(text, main) && !/(?:^|\s)(?:ال|وال)\S+$|^during the\s/i.test(text.slice(main.start, main.end))) return undefined;
  for (const t of triggers) {
    if (t === main || t.start < main.end || !isArgued(typeOf(t))) continue;
    const date = dates.find((d) => d.index >= t.end && d.basis === 'explicit' && /\d{4}/.test(d.text) && RECALLED_GAP.test(text.slice(t.end, d.index)));
    if (date) return { trigger: t, date };
  }
  return undefined;
}

/** «بعد نحو عام من», «بعد أشهر من», "a year after", "months after": a time counted from what follows. */
const COUNTED_FROM = /(?:(?:^|\s)(?:بعد|منذ)\s+(?:(?:نحو|قرابة|حوالي|أقل\s+من|أكثر\s+من)\s+)?\S+\s+من\s+|(?:years?|months?|weeks?)\s+(?:after|since)\s+)$/iu;
/** How far before the clause its "a year after" may begin (the clause may open at "after"). */
const COUNTED_FROM_REACH = 30;
/** A contact word that carries its pronoun: «استقباله», «لقائهما», "hosting him", "meeting her". */
const THEIR_OWN_WORD = /^\S*(?:ه|ها|هما|هم)(?![\p{L}])|^\p{L}+ing\s+(?:him|her|them)(?![\p{L}])/u;
/**
 * What may stand between a recalled contact word and its date: a verb in a relative clause («التي عقدت», "that was
 * held") and a place («في طشقند», "in Tashkent").
 */
const RECALLED_GAP = /^(?:\s+(?:التي|الذي|that|which)(?:\s+(?:was|were))?\s+\p{L}+)?(?:\s+(?:في|ب|in|at)\s*[\p{L}\s]{0,30}?)?\s+(?:في|خلال|يوم|in|on|during)?\s*$/u;

/**
 * "holding talks in Abu Dhabi with X and then flying on to Riyadh to meet Y", «عقد اجتماعا مع X، قبل أن يتناول العشاء
 * مع Y», «أجرى محادثات مع X والتقى خلالها Y», "before receiving X, he met Y": a meeting or a call set in sequence with
 * the clause's own contact («ثم», «قبل أن», «بعد أن», «و» on its verb, "then", "before", "after") is one of its own:
 * those named from its word to the next contact word (or, before the clause's own, to a comma) are its partners.
 */
function sequelsOf(text: string, from: number, to: number, main: Hit, triggers: Hit[], mentions: ClauseMention[]): { trigger: Hit; end: number; mentions: ClauseMention[] }[] {
  const words = triggers.filter((t) => t === main || ((typeOf(t) === 'meeting' || typeOf(t) === 'phone_call' || typeOf(t) === 'talks') && !overlapsHit(t, main))).sort((a, b) => a.start - b.start);
  const sequels: { trigger: Hit; end: number; mentions: ClauseMention[] }[] = [];
  for (const t of words) {
    const lastBefore = Math.max(from, ...mentions.filter((m) => m.end <= t.start).map((m) => m.end), ...words.filter((w) => w.end <= t.start).map((w) => w.end));
    const connector = IN_SEQUENCE.exec(text.slice(lastBefore, t.start));
    const glued = VERB_IN_SEQUENCE_AR.test(text.slice(t.start, t.end));
    // ("before receiving X, he met Y": the clause's first contact word, set before another, is the one in sequence;
    // «أجرى محادثات مع X والتقى Y»: so is the clause's own word glued to «و» after another one's partner.)
    const mainInSequence = (connector !== null && /^(?:before|after|قبل|بعد)/iu.test(connector[1]) && words.some((w) => w.start > t.end)) || (glued && triggers.some((w) => w.end <= t.start && isArgued(typeOf(w)) && mentions.some((m) => m.start >= w.end && m.end <= t.start)));
    // (Talks are a contact of their own only after a word of sequence: «…، تبعتها محادثات منفصلة مع Y».)
    if (t === main ? !mainInSequence : !connector && (!glued || typeOf(t) === 'talks')) continue;
    const next = words.filter((w) => w.start > t.end).map((w) => w.start);
    const comma = t.start < main.start || t === main ? text.slice(t.end, to).search(/[,،]/) : -1;
    const end = Math.min(to, ...next, comma < 0 ? to : t.end + comma);
    const own = mentions.filter((m) => m.start >= t.end && m.start < end);
    if (own.length) sequels.push({ trigger: t, end, mentions: own });
  }
  return sequels;
}
const IN_SEQUENCE = /(?:^|[^\p{L}])[وف]?((?:and\s+)?then|before|after|followed\s+by|ثم|بعدها|قبل\s+أن|بعد\s+أن|تبعتها|تبعها|تلتها|تلاها|أعقبتها|أعقبها)(?![\p{L}])/iu;
/** «والتقى», «واستقبله»: a second verb of the same subject (or with its object) glued to «و». */
const VERB_IN_SEQUENCE_AR = /^[وف](?:التقى|التقت|التقا|استقبل|استقبلت|اجتمع|اجتمعت)(?:ه|ها|هما|هم)?(?![\p{L}])/u;
const overlapsHit = (a: Hit, b: Hit) => a.start < b.end && b.start < a.end;

/** A contact word with a mark of the future right beside it («الاجتماع المقبل», «المقرر عقده», "the planned summit"). */
function markedPlanned(hits: Hit[], t: Hit): boolean {
  return hits.some((h) => h.value.kind === 'planned' && beside(h, t));
}

const beside = (mark: Hit, t: Hit) => mark.end >= t.start - PLANNED_BESIDE && mark.start <= t.end + PLANNED_BESIDE;

/**
 * A mark of the future beside another contact word and not beside the main one («اتفقا خلال الاتصال على … الاجتماع
 * المقبل»): it makes that other contact planned (a second event), not the call the clause reports.
 */
function ofAnotherContact(mark: Hit, main: Hit, triggers: Hit[]): boolean {
  return !beside(mark, main) && triggers.some((t) => t !== main && isArgued(typeOf(t)) && typeOf(t) !== 'talks' && beside(mark, t));
}

const PLANNED_BESIDE = 20;

/**
 * "A meeting between A and B is scheduled for Friday", «لقاء بين A وB مقرر الخميس»: a contact noun that opens its clause
 * as the subject of a predicate of the future, however long the names between.
 */
const plannedAsSubject = (text: string, main: Hit, from: number, to: number) => NOUN_OPENS.test(text.slice(from, main.start)) && PLANNED_PREDICATE.test(text.slice(main.end, to));
const NOUN_OPENS = /^[\s,،]*(?:(?:a|an|the|and)\s+)*(?:(?:new|first|second|next|further|fresh|bilateral|trilateral)\s+)*$|^[\s,،]*و?$/iu;
const PLANNED_PREDICATE = /(?<![\p{L}])(?:(?:is|are)\s+(?:now\s+)?(?:scheduled|set|due|expected|planned|slated)|(?:مقرر|مقررة|مرتقب|مرتقبة)(?![\p{L}]))/iu;

/**
 * How far after the contact word a mark of the future still makes it planned ("meets Y next week"), in
 * characters; further on it belongs to what was discussed («… التحضيرات للقمة المقبلة»).
 */
const PLANNED_REACH = 60;

/** "when they held talks": the contact's parties are the two named just before. */
const THEY_BEFORE = /(?:^|\s)(?:when|as|after|where|before)\s+they\s+(?:had\s+|also\s+|last\s+)?$/i;
/** "They had met", "they last spoke", "the two met again": "they", "the two" the subject of the contact word. */
const THEY_SUBJECT = /(?:^|[^\p{L}])(?:[Tt]hey|[Tt]he\s+two)\s+(?:(?:had|have|last|also|then|later|again|first|previously)\s+)*$/u;
const THEY_REACH = 40;
/** "Their most recent face-to-face encounter", "their last phone call": the contact of "they". */
const THEIR_CONTACT = /^\s*Their\s+(?:(?:last|latest|most\s+recent|previous|earlier|first|only)\s+)*(?:(?:face-to-face|in-person|phone|telephone|direct|bilateral)\s+)?$/u;
/** What "they" did that was a contact of their own: met, spoke, held talks (not "discussed", which tells its topics). */
const THEY_MET = /^(?:met|meet|spoke|spoken|talked|held|sat)(?![\p{L}])/u;
const THEY_ANYWHERE = /(?:^|[^\p{L}])[Tt]he(?:y|ir|\s+two)\s/u;

/** The mentions of the two actors named last before `at`. */
function lastTwoNamed<M extends { actorId: string; start: number }>(mentions: M[], at: number): M[] {
  const two = lastNamed(2, [], mentions.filter((m) => m.start < at));
  return mentions.filter((m) => two.includes(m.actorId));
}

/** «سلف شويغو نيكولاي باتروشيف», "Shoigu's predecessor, Nikolai Patrushev": the one named says whose predecessor. */
const PREDECESSOR_BEFORE = /(?:^|\s)(?:سلف|سلفه|خلف|خليفة|خليفته)\s+$/u;
const PREDECESSOR_AFTER = /^['’]s\s+(?:predecessor|successor)(?![\p{L}])/iu;
/**
 * "Trump's Middle East envoy, Steve Witkoff", "Putin's aide Yuri Ushakov": the one whose envoy or aide the next person
 * named is, not a party (unless a contact word comes between: "Trump's meeting with Putin"); "on President Donald
 * Trump's proposal": the owner of a thing, discussed ("Medinsky's delegation", "the President's own most recent trip"
 * are his party, his contact).
 */
function namedAsPossessor(text: string, m: { start: number; end: number }, mentions: { start: number }[], hits: Hit[]): boolean {
  if (!POSSESSIVE.test(text.slice(m.end, m.end + 3))) return false;
  const owned = POSSESSED_WORDS.exec(text.slice(m.end));
  if (owned && !HIS_PARTY.test(owned[1]) && !hits.some((h) => h.value.kind === 'trigger' && h.start > m.end && h.start < m.end + owned[0].length)) return true;
  const next = mentions.find((x) => x.start >= m.end);
  if (!next || next.start - m.end > POSSESSED_TITLE_REACH || !POSSESSED_TITLE.test(text.slice(m.end, next.start))) return false;
  return !hits.some((h) => h.value.kind === 'trigger' && h.start > m.end && h.start < next.start);
}
/** Where a clause's leading phrase about another contact of its subject ends: a time word, the lexicon's possessive
 *  contact word («لقائه», "his meeting") right after it, and the rest up to a comma; `from` when there is none. */
function leadingOtherContactEnd(text: string, from: number, to: number, hits: Hit[]): number {
  const lead = LEADING_TIME.exec(text.slice(from, to));
  const own = lead && hits.find((h) => h.value.kind === 'possessive' && h.start === from + lead[0].length);
  const rest = own ? LEADING_REST.exec(text.slice(own.end, to)) : null;
  return own && rest ? own.end + rest[0].length : from;
}
/** «وقبل لقائه», «وقبل ساعات من لقائه», "Hours before his meeting with": a time set against another contact of the subject. */
const LEADING_TIME =
  /^[\s,،]*(?:و?(?:قبل|بعد|عقب|إثر|اثر|قبيل)(?:\s+(?:ساعات|ساعة|ساعتين|دقائق|أيام|يومين|أسبوع|أسابيع|قليل)\s+من)?|(?:(?:hours|minutes|days|shortly|just|(?:a|the|one)\s+day|two\s+days|a\s+week|a\s+few\s+hours)\s+)?(?:before|after)|following|ahead of)\s+/iu;
const LEADING_REST = /^[^,،.;؛]{1,80}[,،]/u;
const POSSESSIVE = /^['’]s\s/;
const POSSESSED_TITLE = /^['’]s(?:\s+[\p{L}-]+){1,5},?\s+$/u;
const POSSESSED_TITLE_REACH = 60;
/** "'s" and up to four words after it, none capitalised (a thing, not a title and name: "'s proposal for the"). */
const POSSESSED_WORDS = /^['’]s\s+(\p{Ll}[\p{L}-]*)(?:\s+\p{Ll}[\p{L}-]*){0,3}/u;
const HIS_PARTY = /^(?:delegation|team|entourage|party|delegates|first|second|third|last|latest)$/u;

/**
 * «في عهد الأمير الراحل الشيخ نواف», "under the late King Abdullah", "during the presidency of X": the one named says
 * when, not who took part.
 */
const REIGN_BEFORE = /(?:^|\s)(?:في|إبان|ابان|خلال)\s+(?:عهد|حكم|ولاية)\s+(?:[^\s,،.;؛]+\s+){0,4}$|(?:^|\s)(?:during|under|in)\s+(?:the\s+)?(?:reign|rule|era|presidency|tenure)\s+of\s+(?:[^\s,.;]+\s+){0,4}$|(?:^|\s)under\s+the\s+late\s+(?:[^\s,.;]+\s+){0,3}$/iu;
const REIGN_REACH = 50;
/**
 * "Ali Larijani, a senior adviser to Iran's Supreme Leader Ayatollah Ali Khamenei", «مستشار المرشد الإيراني علي
 * خامنئي», «المبعوث الشخصي للرئيس X», «مستشارا لدى المرشد», «بصفته مبعوثا خاصا لرئيس الجمهورية، السيد X»: the one
 * served is named to say whose adviser or envoy, no party.
 */
const SERVED_BEFORE = /(?:^|[^\p{L}])(?:adviser|advisor|aide|envoy|emissary|representative|spokesman|spokeswoman|spokesperson)\s+(?:to|of|for)\s+(?:[\p{L}'’.-]+\s+){0,5}$|(?:^|\s)(?:ال)?(?:مستشار|مستشارة|مبعوث|مبعوثة|ممثل|ممثلة)(?:ا|اً)?(?:\s+(?:ال)?(?:خاص|خاصة|شخصي|شخصية|أول|الأول)(?:ا|اً)?)?\s+(?:لدى\s+|(?:لدى\s+|ل)?(?:ال)?(?:مرشد|رئيس|ملك|أمير|سلطان|عاهل|ولي)(?:\s+\p{L}+){0,3}(?:[،,](?:\s+\p{L}+){0,2})?\s+)$/u;
const SERVED_REACH = 70;
/** «وزير خارجية إثيوبيا المرافق لرئيس الوزراء», "who is accompanying the president": the one accompanied is named to say whose party. */
const ACCOMPANIED_REACH = 40;
const ACCOMPANIED_BEFORE = /(?:^|\s)(?:ال)?مرافق(?:ة|ين|ون)?\s+(?:ل|ل(?!ه(?:ا|م|ما)?(?:\s|$))\p{L}+\s+(?:\p{L}+\s+)?)$|(?:^|\s)accompanying\s+(?:the\s+)?(?:[a-z]+\s+)?$/iu;
/** "after the fall of Bashar al-Assad", «بعد سقوط نظام بشار الأسد», «الإطاحة بالرئيس السابق»: the one deposed is discussed. */
const DEPOSED_BEFORE = /(?:^|\s)(?:the\s+)?(?:fall|ouster|overthrow|toppling)\s+of\s+(?:the\s+)?(?:(?:regime|government)\s+of\s+)?(?:(?:former|ousted|deposed)\s+)?(?:(?:president|leader|ruler)\s+)?$|(?:^|\s)(?:سقوط|إسقاط|اسقاط|الإطاحة\sب|الاطاحة\sب)\s*(?:نظام\s+)?(?:(?:ال)?رئيس\s+)?(?:(?:ال)?سابق\s+)?(?:(?:ال)?مخلوع\s+)?$/iu;

function namesAnother(text: string, m: { actorId: string; start: number; end: number }, leads: (actorId: string) => boolean): boolean {
  return (
    PREDECESSOR_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start)) ||
    PREDECESSOR_AFTER.test(text.slice(m.end, m.end + 20)) ||
    REIGN_BEFORE.test(text.slice(Math.max(0, m.start - REIGN_REACH), m.start)) ||
    DEPOSED_BEFORE.test(text.slice(Math.max(0, m.start - REIGN_REACH), m.start)) ||
    ACCOMPANIED_BEFORE.test(text.slice(Math.max(0, m.start - ACCOMPANIED_REACH), m.start)) ||
    // («مستشار الرئيس الأمريكي مسعد بولس»: one who leads no state is the adviser the title names, not the one served.)
    (SERVED_BEFORE.test(text.slice(Math.max(0, m.start - SERVED_REACH), m.start)) && leads(m.actorId)) ||
    APPOINTED_BY.test(text.slice(Math.max(0, m.start - APPOINTED_REACH), m.start))
  );
}

/** «بعد أسابيع من تعيينها من قبل الأمين العام للأمم المتحدة X», "appointed by President X": who appointed is no party. */
const APPOINTED_BY = /(?:^|\s)(?:ب|و|ل)?تعيين(?:ه|ها|هم|هما)?\s+(?:(?:من\s+(?:قبل|جانب|طرف)|بقرار\s+من)\s+)(?:[\p{L}]+\s+){0,6}$|(?:^|\s)(?:appointed|named|nominated)\s+by\s+(?:[\p{L}'’.-]+\s+){0,6}$/iu;
const APPOINTED_REACH = 70;

/**
 * "…spoke with Rubio about the joint statement issued on Sept. 12", «…المناورات المقررة خلال العام الجاري»: after the
 * contact word, a date right after a participle of another thing (issued, signed, due), or its agent ("announced by
 * the UN in"), is that thing's day.
 * (Not «المقرر عقده في …»: the contact's own planned day.)
 */
const OTHER_THINGS_DATE = /(?:^|[^\p{L}])(?:issued|signed|adopted|announced|published|released|approved|concluded|(?:ال)?(?:صادر|موقع|معلن|مبرم|مقرر|مزمع|منعقد)[ةه]?)(?:\s+by(?:\s+[\p{L}.'’-]+){1,4})?\s+(?:on|in|at|last|this|في|خلال|يوم|منذ)?\s*$/iu;
/** «… قبيل انعقاد القمة الخليجية في الرياض الثلاثاء المقبل», "ahead of the summit in Riyadh next Tuesday": the day of
 *  the gathering the contact prepares, not the contact's. */
const AHEAD_OF_GATHERING = /(?:(?:^|[\s\u0640])(?:قبيل|قبل|عشية|استعدادا\s+ل|استعداداً\s+ل|تمهيدا\s+ل|تمهيداً\s+ل)\s*(?:انعقاد|افتتاح|انطلاق)|(?<![\p{L}])ahead\s+of)\s+[^,،.;؛]{0,45}$/iu;
/** «حتى عام 2030», «بحلول 2030», "by 2030", "until 2027": a deadline of what was agreed, not the day of the contact. */
const DEADLINE_BEFORE = /(?:^|[\s\u0640])(?:حتى|بحلول|لغاية|by|until|through)\s+(?:(?:عام|العام|سنة|the\s+end\s+of)\s+)?$/iu;
/** How far before a date its participle and agent ("announced by the UN in") are looked for (characters). */
const OTHER_THINGS_REACH = 50;
/** Whether the words before date `d` (after the contact word, from `after`), or its own first word ("by 2030"), make it
 *  another thing's day. */
function datesAnotherThing(text: string, after: number, d: FoundDate): boolean {
  const before = text.slice(Math.max(after, d.index - OTHER_THINGS_REACH), d.index);
  return OTHER_THINGS_DATE.test(before) || AHEAD_OF_GATHERING.test(before) || DEADLINE_BEFORE.test(before) || DEADLINE_OPENS.test(text.slice(d.index));
}
/** A date whose own first word makes it a deadline: chrono reads "by 2030" as one date. */
const DEADLINE_OPENS = /^(?:by|until|through)\s/i;

/** «الموفد الفرنسي الوزير السابق جان إيف لودريان»: «السابق» right before a name qualifies the title (a former minister), not the time of the contact. */
function formerInTitle(text: string, h: Hit, mentions: { start: number }[]): boolean {
  return /^(?:السابق|السابقة)$/u.test(text.slice(h.start, h.end)) && mentions.some((m) => m.start >= h.end && /^\s*$/u.test(text.slice(h.end, m.start)));
}

/**
 * "Mohamad Hasan earlier held talks with …" in the story of a visit: "earlier" right before a contact verb in the simple
 * past is earlier in the day told, not at some unstated time ("had earlier met" is).
 */
function earlierThatDay(text: string, h: Hit, main: Hit | undefined): boolean {
  return main !== undefined && /^earlier$/i.test(text.slice(h.start, h.end)) && /^\s+$/.test(text.slice(h.end, main.start)) && !/\b(?:had|has|have)\s+$/i.test(text.slice(Math.max(0, h.start - 6), h.start));
}

/**
 * "…handed him a letter from Sisi, according to foreign ministry spokesman Tamim Khallaf", «بحسب المتحدث باسم الخارجية
 * X»: after the contact word, who the report is attributed to is its source, not a party.
 */
function isSource(text: string, m: { start: number; end: number }, main: Hit | undefined): boolean {
  // ("According to Ushakov, Putin and Pezeshkian last met …", «وبحسب المتحدث X، التقى …»: the source set before.)
  if (main !== undefined && m.end <= main.start) return SOURCE_OPENS.test(text.slice(0, m.start)) && /[,،]/u.test(text.slice(m.end, main.start));
  if (main === undefined || m.start <= main.end) return false;
  return ATTRIBUTED_TO.test(text.slice(Math.max(main.end, m.start - 80), m.start)) || judgesWhatWasTold(text, m) || (SAID_AFTER_COMMA.test(text.slice(Math.max(main.end, m.start - 60), m.start)) && SAID.test(text.slice(m.end, m.end + 20)));
}
/** "…, Kremlin aide Yuri Ushakov told reporters", "…, Ushakov said": the one who tells it after a comma (not "…,
 *  Putin told his counterpart": one who tells it to another is at it). */
const SAID_AFTER_COMMA = /[,،]\s*(?:[\p{L}.'’-]+\s+){0,6}$/u;
const SAID = /^\s+(?:(?:said|says|added|noted)(?![\p{L}])|told\s+(?:reporters|journalists|a\s+(?:news|press)\s+conference|state\s+(?:TV|television|media)))/u;
/** "…three hours of discussions, which Ushakov described as constructive", «المباحثات، التي وصفها X بأنها…»: who
 *  judges the contact in a relative clause after it reports on it. */
const judgesWhatWasTold = (text: string, m: { start: number; end: number }) =>
  JUDGING_RELATIVE.test(text.slice(Math.max(0, m.start - 60), m.start)) && JUDGING_VERB.test(text.slice(m.end, m.end + 40));
const JUDGING_RELATIVE = /[,،]\s*(?:which|that|التي|الذي)\s+(?:(?:وصفها|وصفه|اعتبرها|اعتبره)\s+)?(?:[\p{L}.'’-]+\s+){0,5}$/u;
const JUDGING_VERB = /^(?:\s+[\p{L}.'’-]+){0,3}?\s+(?:described|called|termed|hailed|praised|characteri[sz]ed|dubbed)\s|^(?:\s+[^\s,،.;؛]+){0,3}?\s+(?:ب[أا]نها|ب[أا]نه|بال)/u;
/** The words that open a passage (after its dateline, if any) on its source, right before the source's name. (Up to
 *  eight words, each after a space: with the space optional, a long word could be split in many ways, each tried.) */
const SOURCE_OPENS = /(?:^|\s[-–—]|:)\s*(?:according\s+to|citing|و?(?:بحسب|حسب|وفقا\s+ل|وفقاً\s+ل|نقلا\s+عن|نقلاً\s+عن))(?:\s*[\p{L}'’.-]+(?:\s+[\p{L}'’.-]+){0,7})?\s*$/iu;
const ATTRIBUTED_TO = /(?:according\s+to|citing|(?:^|[^\p{L}])(?:بحسب|حسب|وفقا\s+ل|وفقاً\s+ل|نقلا\s+عن|نقلاً\s+عن))(?:\s*[\p{L}'’.-]+(?:\s+[\p{L}'’.-]+){0,7})?\s*$/iu;

/** What a contact came to: «أسفرت عن», «توجت بـ», "resulted in", "led to" before the words of its outcome. */
/** What OUTCOME cannot match without (looked for first, as CHAIRED_WORD). */
const OUTCOME_WORD = /أسفر|تمخض|توجت|تُوّجت|كللت|اختتمت|resulted|led|culminated|ended/i;
const OUTCOME = /(?:^|[^\p{L}])(?:أسفرت|أسفر|أسفرا|تمخضت|تمخض|تمخضا|توجت|تُوّجت|كللت|اختتمت)\s+(?:عن|ب)|(?:resulted\s+in|led\s+to|culminated\s+in|ended\s+with)\s/iu;

/** "did not take part in Tuesday's meetings", «لم يلتق الوزير نظيره»: a contact that did not happen. */
function negated(text: string, h: Hit, clauseStart: number): boolean {
  return NEGATION_BEFORE.test(text.slice(Math.max(clauseStart, h.start - 40), h.start));
}

const NEGATION_BEFORE = /(?:^|[\s\u0640])(?:و?لم|و?لن|دون أن|did not|didn['’]t|does not|doesn['’]t|has not|hasn['’]t|have not|haven['’]t|had not|hadn['’]t|will not|won['’]t|never|no plans?|no such|not (?:expected|scheduled|due)|no intention|لا (?:يعتزم|تعتزم|ينوي|تنوي)|لا توجد (?:أي |أية )?(?:خطط|خطة|نية)|ليس من المقرر)(?!\s+(?:only|يكن|تكن|يعد|تعد)(?![\p{L}]))(?:\s+[^\s,،.;؛]+){0,4}\s+[لب]?$/iu;

/**
 * "called on Iran to …", "calls on all sides, including X, to …": an appeal, not a visit ("called on the Prime
 * Minister" is one, and "called on President X at the palace, and X said … a bid to join Nato" too: the "to" of
 * another clause is not the appeal's).
 */
function urges(text: string, h: Hit, clauseEnd: number): boolean {
  if (!/^call(?:ed|s)? on$/i.test(text.slice(h.start, h.end))) return false;
  const rest = text.slice(h.end, clauseEnd);
  const objectEnd = rest.search(OBJECT_END);
  return APPEAL_TO.test(objectEnd < 0 ? rest : rest.slice(0, objectEnd));
}

/** The "to" of an appeal's infinitive: not "according to the ministry", "due to", "to the talks". */
const APPEAL_TO = /(?<!\b(?:according|due|prior|next|owing|thanks|close))\sto\s+(?!(?:the|a|an|his|her|its|their|this|that|these|those)\s)[a-z]/;

/** Where the object of "called on" has ended: another clause or sentence begins. */
const OBJECT_END = /,\s*(?:and|but|while|where|after|before|which|who)\s|[;.!?](?:\s|$)|\s(?:where|after|before)\s/i;

/**
 * "welcomed the agreement", "called the move a mistake": such a word (lexicon: personObjects) is a contact only when a
 * person is its object ("Putin welcomed Modi", "called Russian Foreign Minister Sergei Lavrov") or, in the passive, its
 * agent ("was greeted on arrival at Vnukovo airport on Monday by First Deputy Prime Minister Denis Manturov").
 */
function objectIsNoOne(text: string, h: Hit, mentions: PassageFacts['mentions']): boolean {
  if (!needsPersonObject(text.slice(h.start, h.end))) return false;
  const next = mentions.find((m) => m.start >= h.end);
  // "called Pezeshkian's victory a sign of trust": the person owns the object, is not it.
  return !next || !WELCOMED_ONE.test(text.slice(h.end, next.start)) || POSSESSIVE.test(text.slice(next.end));
}

/** How far after a passive's "by" its agent may be named: a long title and a comma first ("by the deputy governor of
 *  the Riyadh region, Prince …"). */
const AGENT_REACH = 80;
/** Between such a word and the person: titles only; or the agent's "by", right after it or after where and when
 *  within the sentence ("on Sept. 12": an abbreviation's point before a number ends nothing). */
const WELCOMED_ONE = new RegExp(
  `^\\s+(?:(?:(?:[^.;:,]|\\.(?=\\s*\\d))*?\\s)?by\\s+[^.;:]{0,${AGENT_REACH}}|(?:(?:the|his|her)\\s+)?(?:(?:\\p{Lu}[\\p{L}'’.-]*|${PERSON_OBJECT_TITLE_WORDS.join('|')})\\s+){0,6})$`,
  'u',
);

/** How far after a verb of handing over what it hands may be named (characters: «سلّم وزير الخارجية الإيراني عباس
 *  عراقجي، أمس الخميس، الرئيس الروسي فلاديمير بوتين رسالة»). */
const HANDED_REACH = 120;

/** «سلّم السلطة», "handed the file to": a verb of handing over reports a meeting only when it hands a message, a letter
 *  or an invitation, named within the sentence after it. */
function handsNothing(text: string, h: Hit): boolean {
  return isHandover(text.slice(h.start, h.end)) && thingHandedAfter(text, h) === undefined;
}

/** "spent about an hour at the White House with X", "spent more than seven hours with X and his aides": a span of time,
 *  then «with» and a person, before the clause ends. */
const SPAN_THEN_WITH = /^\s+(?:(?:about|around|nearly|almost|some|over|more\s+than|less\s+than|at\s+least)\s+)?(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s+(?:\S+\s+)?(?:hours?|minutes?)\b[^.;:]{0,60}?\swith\s+$/iu;

/** The titles between a word and the person it names ("with Vice President", "with the prime minister"). */
const TITLES_BEFORE_NAME = new RegExp(`(?:(?:the|his|her)\\s+)?(?:(?:\\p{Lu}[\\p{L}'’.-]*|${PERSON_OBJECT_TITLE_WORDS.join('|')})\\s+)*$`, 'u');

/** "spent the weekend in Paris", "spent billions on": time spent reports a meeting only when spent with a person. */
function spentWithNoOne(text: string, h: Hit, mentions: PassageFacts['mentions']): boolean {
  if (!tellsTimeSpent(text.slice(h.start, h.end))) return false;
  const next = mentions.find((m) => m.start >= h.end);
  return !next || !SPAN_THEN_WITH.test(text.slice(h.end, next.start).replace(TITLES_BEFORE_NAME, ''));
}

/** Where the thing a verb of handing over hands is named, if it is one and names it within reach in its sentence. */
const handedThingAt = (text: string, h: Hit): number | undefined => (isHandover(text.slice(h.start, h.end)) ? thingHandedAfter(text, h) : undefined);

/** Where a message, a letter or an invitation is named after `h`, within reach in its sentence. */
function thingHandedAfter(text: string, h: Hit): number | undefined {
  const thing = HANDED_THING.exec(text.slice(h.end, h.end + HANDED_REACH).split(/[.؟!?]/u)[0]);
  return thing ? h.end + thing.index : undefined;
}

/**
 * «وصلت العلاقات إلى مستوى …», «وصل عدد القتلى إلى …»: a bare arrival verb is a visit only when a person arrives, named
 * right after it as Arabic news writes it («وصل الرئيس الإيراني مسعود بزشكيان إلى الدوحة»); «وصل إلى» after its
 * subject is a phrase of its own.
 */
function arrivesNoOne(text: string, h: Hit, mentions: PassageFacts['mentions']): boolean {
  if (!isArrivalWord(text.slice(h.start, h.end))) return false;
  const next = mentions.find((m) => m.start >= h.end);
  return !next || !ARRIVER_GAP.test(text.slice(h.end, next.start));
}

/** Between an arrival verb and the one arriving: a few title words; no «إلى», no punctuation. */
const ARRIVER_GAP = /^(?:[\s\u0640]+(?!(?:إلى|الى)(?![\p{L}]))[^\s.،,:؛]+){0,6}[\s\u0640]+$/u;

/** Whether `at` stands in a quoted headline: a quotation that headline words introduce. */
function inHeadline(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const straight = before.lastIndexOf('"');
  const inStraight = (before.match(/"/g) ?? []).length % 2 === 1;
  const open = Math.max(before.lastIndexOf('«'), before.lastIndexOf('“'));
  const close = Math.max(before.lastIndexOf('»'), before.lastIndexOf('”'));
  const quoteAt = inStraight ? straight : open > close ? open : -1;
  return quoteAt >= 0 && HEADLINE.test(text.slice(Math.max(0, quoteAt - 30), quoteAt));
}

const HEADLINE = /(?:headlined|headline|titled|entitled|بعنوان|عنوان|عنونت)[\s,:،]*$/iu;

/**
 * "travelled to Amman on Thursday to meet King Abdullah", "before heading to Cairo to meet Sisi": the purpose of a
 * journey has the journey's tense; "to meet" there marks no future (a "due to", "will" still does).
 */
function purposeOfTravel(text: string, mark: Hit, hits: Hit[]): boolean {
  if (!PURPOSE.test(text.slice(mark.start, mark.end))) return false;
  return hits.some((h) => h.value.kind === 'trigger' && h.value.type === 'visit' && h.end <= mark.start && mark.start - h.end <= TRAVEL_PURPOSE_REACH && TRAVEL.test(text.slice(h.start, h.end)));
}

const PURPOSE = /^to\s/i;
const TRAVEL = /^(?:flew|flying|travell?ed|travell?ing|headed|heading)\s/i;
/** How far after the verb of a journey its purpose may stand, where and when between (characters). */
const TRAVEL_PURPOSE_REACH = 60;

/** A mark of the future that sets the contact word's tense: close to it, and not past a comma after it. */
function nearInTense(text: string, mark: Hit, main: Hit): boolean {
  if (Math.abs(mark.start - main.start) >= PLANNED_REACH) return mark.start < main.start && governsUpTo(text, mark, main);
  return mark.start < main.start || !/[,،]/.test(text.slice(main.end, mark.start));
}

/**
 * «ومن المنتظر أن يعقد لافروف اليوم، على هامش المؤتمر، سلسلة لقاءات …», "is due to travel on to Cyprus on Tuesday to
 * visit troops and hold talks with …": what «من المقرر أن», «يُنتظر أن», "is expected to", "is due to" govern runs
 * on to the contact word however far, unless a verb of the past or a relative clause comes between.
 */
function governsUpTo(text: string, mark: Hit, main: Hit): boolean {
  if (!GOVERNING_MARK.test(text.slice(mark.start, main.start))) return false;
  const between = text.slice(mark.end, main.start);
  return main.start - mark.start < GOVERNED_REACH && !/[.;؛]/.test(between) && !GOVERNANCE_ENDS.test(between);
}
const GOVERNING_MARK = /^[وف]?(?:(?:من\s+)?(?:ال)?(?:مقرر|منتظر|مرتقب|متوقع|مزمع)\s+أن|يُ?(?:نتظر|توقع|رتقب)\s+أن|[يت]عتزم|(?:(?:is|are)\s+)?(?:expected|due|set|scheduled)\s+to(?![\p{L}])|(?:is|are)\s+to(?![\p{L}])|will(?![\p{L}]))/iu;
/** What ends the reach of a mark of the future: a past tense, a relative clause, a new subject's time. */
const GOVERNANCE_ENDS = /(?:^|[^\p{L}])(?:قد|كان|كانت|بعد\s+أن|الذي|التي|الذين|اللذين|had|has|have|was|were|after|who|which|whom)(?![\p{L}])/iu;
/** How far a governing mark of the future reaches (characters). */
const GOVERNED_REACH = 200;

/**
 * An Arabic verb in the future tense just before the contact word or as it («سيتوجه بلينكن إلى إسرائيل لإجراء
 * محادثات», «ستستضيف»): «س» glued to a present-tense verb the word lists know (not «سياسية», «سيارة»).
 */
/** A weekday named alone («الثلاثاء», «يوم الأحد», "on Tuesday"): no «الماضي», «أمس», "last" with it. */
const BARE_WEEKDAY = /^(?:(?:يوم|في|on)\s+)?(?:ال)?(?:أحد|احد|اثنين|إثنين|ثلاثاء|أربعاء|اربعاء|خميس|جمعة|سبت|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/iu;
/** «كان», «كانت» before a present verb («كان يلتقي», «كان من المقرر أن يلتقي»): a past of it. */
const WAS_IN_LEAD = /(?:^|[^\p{L}])[وف]?(?:كان|كانت)(?![\p{L}])/u;
const WAS_REACH = 30;
/** "meets", "receives", "hosts", "visits": the English present of a contact verb. */
const PRESENT_CONTACT_VERB_EN = /^(?:meets|receives|hosts|visits|welcomes)$/i;

/**
 * «يلتقي لافروف عراقجي الثلاثاء في موسكو», "Lavrov meets Araghchi in Moscow on Tuesday": a present-tense contact verb
 * with a weekday named alone announces the meeting of that weekday ahead, which the date engine, reading a bare
 * weekday as the last one, put a week early. Its date moved ahead, or null.
 */
function weekdayAhead(text: string, main: Hit, date: EventDate | null, published: string | null): EventDate | null {
  if (!date?.text || !published || date.basis !== 'relative' || date.precision !== 'day' || !BARE_WEEKDAY.test(date.text.trim())) return null;
  const verb = text.slice(main.start, main.end);
  if (!PRESENT_CONTACT_VERB.test(verb) && !PRESENT_CONTACT_VERB_EN.test(verb)) return null;
  // «كان من المقرر أن يلتقي … يوم الأحد»: a plan told as it stood, of the Sunday just gone.
  if (WAS_IN_LEAD.test(text.slice(Math.max(0, main.start - WAS_REACH), main.start))) return null;
  // The publication day's own weekday is that day: reported as it happens, as the bundled corpus's Ashgabat lead.
  if (date.start >= published) return null;
  const ahead = new Date(Date.parse(`${date.start}T00:00:00Z`) + 7 * 86_400_000).toISOString().slice(0, 10);
  return { ...date, start: ahead, end: ahead };
}

/**
 * «يستقبل الملك اليوم الأربعاء …», «حيث يلتقي مساء اليوم …»: a contact verb in the present tense dated today is what
 * the day's news announces, not what it reports done (which is told in the past tense: «استقبل … اليوم»). Without a
 * day («الملك يستقبل الرئيس», a headline's present) it says nothing.
 */
function aheadToday(text: string, main: Hit, date: EventDate | null): boolean {
  if (!date?.text || !TODAY.test(date.text) || !PRESENT_CONTACT_VERB.test(text.slice(main.start, main.end))) return false;
  return !WAS_BEFORE.test(text.slice(Math.max(0, main.start - 8), main.start));
}
const TODAY = /(?<![\p{L}])(?:اليوم|الليلة)(?![\p{L}])/u;
const PRESENT_CONTACT_VERB = /^[وف]?[يت](?:لتقي|ستقبل|جتمع|بحث|زور)(?:ان)?$/u;
const WAS_BEFORE = /(?:^|\s)و?(?:كان|كانت)\s+$/u;

/**
 * "next month", «في أكتوبر المقبل», "in 2026" in an article of 2025: a contact dated by its own clause after the day the
 * article appeared has not happened yet, whatever the verb's tense («واتفقا على أن يلتقيا …», "is due to … and hold talks").
 * At the precision the date has: «خلال الشهر الجاري» is not after the month it was written in.
 */
function afterPublication(date: EventDate | null, published: string | null): boolean {
  if (!date || !published || date.basis === 'publication') return false;
  const width = date.precision === 'day' ? 10 : date.precision === 'month' ? 7 : 4;
  return date.start.slice(0, width) > published.slice(0, width);
}

function futureVerbBefore(prepared: PreparedText, main: Hit, from: number): boolean {
  const { tokens, norm } = prepared;
  for (const t of tokens) {
    const at = norm.origin[t.start];
    if (at < from || at < main.start - PLANNED_REACH) continue;
    if (at > main.start) break;
    const w = t.token;
    if (w.length > 4 && w[0] === 'س' && /^[يتن]/.test(w.slice(1)) && isCommonArabic(w.slice(1))) return true;
  }
  return false;
}

/**
 * «جاء ذلك خلال استقباله …», «وجاءت تصريحاته لدى لقائه …», "The remarks came during talks with …", "He was speaking
 * after meeting …": the contact is where what was told just before was said, on its day.
 */
const CAME_DURING = /^[\s,،.]*(?:و?(?:جاء|أتى|اتى)\s+ذلك|و?جاءت\s+(?:هذه\s+)?(?:التصريحات|تصريحاته|تصريحاتها)|(?:the|his|her|these)\s+(?:remarks|comments)\s+came|(?:he|she)\s+(?:made\s+the\s+(?:remarks|comments)|was\s+speaking))(?![\p{L}])/iu;

/** «وهي الأولى …», «وهو أول لقاء …»: a clause that says something of what the one before told. */
/** «غداة», «عشية», «قبيل», «بعيد», "days after", "a day before" opening a clause. */
const TIME_ASIDE = /^[\s,،]*(?:غداة|عشية|قبيل|بعيد|(?:a|one|two|three|days?|hours?)\s+(?:days?\s+|hours?\s+)?(?:after|before))(?![\p{L}])/iu;
/** "On Tuesday, the day of his arrival, X was received …", «مساء الثلاثاء، يوم وصوله، …»: the day named before, said again. */
const DAY_RESTATED = /^[\s,،]*(?:(?:the\s+)?(?:same\s+)?day\s+of\s+(?:his|her|their|the)\s+[\p{L}-]+|يوم\s+(?:وصوله|وصولها|وصولهم))\s*[,،]/iu;
const APPOSITION = /^\s*و(?:هي|هو)\s/u;
/**
 * A clause that goes on from the one before («…، حيث يلتقي …», «…، وذلك خلال مباحثات عقداها», «…، بينما التقى …»,
 * what a gathering told before saw or held: «…، وشهدت في ختامها لقاء بين …», «، وتخللها اجتماع …»,
 * "…, where he will meet …", ", while Z met W", "… before Erdogan received him"): it shares its tense and scene.
 */
const continues = (text: string, from: number) => from > 0 && (/^(?:حيث|وذلك|بينما|و(?:شهد|تخلل|تضمن|تلا)(?:ت)?(?:ها|ه)?|where|while|\s*before)(?![\p{L}])/u.test(text.slice(from)) || HELD_DURING_OPENS.test(text.slice(from)));

/**
 * The contact word that says what the clause reports: the first by rank, except that an anaphor before «غداة»
 * («وجاء الاتصال غداة محادثات أجراها …», "The call came a day after X hosted Y": the call already reported)
 * yields to the contact the clause introduces. `isComplement`: the contact is what «غداة» governs, so its day
 * is counted back from the one reported before.
 */
function mainTrigger(text: string, from: number, triggers: Hit[], shift: Hit | undefined): { main: Hit | undefined; isComplement: boolean; complementEnd?: number } {
  const first = triggers[0];
  // "The call was their first since Sisi's meeting with Trump on Oct. 13": an anaphor points back; the contact the
  // clause tells (and dates) is the one «since» introduces.
  const since = first && isAnaphor(text, first) ? triggers.find((t) => t.start > first.end && SINCE_RIGHT_BEFORE.test(text.slice(Math.max(0, t.start - 40), t.start))) : undefined;
  if (since) return { main: since, isComplement: false };
  if (!first || !shift) return { main: first, isComplement: false };
  // («وجاء استقبال تاياني غداة مباحثات أجراها …» opening a passage frames the story's contact too.)
  if (first.start < shift.start && (isAnaphor(text, first) || FRAME_BEFORE_SHIFT.test(text.slice(0, shift.start)))) {
    const after = triggers.find((t) => t.start >= shift.end);
    if (after) return { main: after, isComplement: true };
  }
  // «وبعد يومين من ذلك الاتصال، تلقى …», "Two days after that call, X phoned …": the words govern a contact told
  // before; the clause's own contact follows the comma.
  if (first.start >= shift.end && (isAnaphor(text, first) || DEMONSTRATIVE_BEFORE.test(text.slice(Math.max(0, first.start - 6), first.start)))) {
    const comma = text.slice(first.end).search(/[,،]/);
    const after = comma < 0 ? undefined : triggers.find((t) => t.start > first.end + comma);
    if (after) return { main: after, isComplement: false };
  }
  // "It came a day after X phoned Y": the contact is in what the words govern, up to a comma. An adverb
  // («في اليوم التالي», "the next day") governs nothing, unless «لـ» follows it («في اليوم السابق لمحادثات …»; not the
  // «ل» of «لقاء»: «وسبق ذلك بيومين لقاء جمع …» is the contact the adverb dates).
  const { adverb } = shift.value as { adverb: boolean };
  const governs = !adverb || /^\s*ل(?!قا[ءئ])/.test(text.slice(shift.end));
  const isComplement = governs && first.start >= shift.end && !/[,،]/.test(text.slice(shift.end, first.start));
  // «وفي اليوم السابق للقمة، عقد X مباحثات مع Y», "On the eve of the summit, X met Y": words that open the clause
  // govern up to the comma; the clause's own contact comes after it (complementEnd: where what they govern ends).
  // («قد أجرى مع X، في اليوم السابق لاستقبالها في القصر، جولة مباحثات»: set off by commas inside the clause, the same.)
  const opens = governs && /^[\s,،]*(?:و|and\s+)?$|[,،]\s*$/iu.test(text.slice(from, shift.start));
  const comma = isComplement && opens ? text.slice(first.end).search(/[,،]/) : -1;
  const after = comma < 0 ? undefined : triggers.find((t) => t.start > first.end + comma);
  return after ? { main: after, isComplement: false, complementEnd: first.end + comma } : { main: first, isComplement };
}

/**
 * Whether «غداة», "a day after" counts from a contact: an adverb («في اليوم التالي») or «في اليوم نفسه» does, and so
 * does a complement with a contact word before the next comma; «غداة انتخابه», "the day after his election" count
 * from no contact.
 */
/** «ذلك», "that": the contact noun after it points back to one told before. */
const DEMONSTRATIVE = '(?:ذلك|تلك|هذا|هذه|that|this)';
const DEMONSTRATIVE_BEFORE = new RegExp(`(?:^|\\s)${DEMONSTRATIVE}\\s+$`, 'iu');
const POINTED_BACK = new RegExp(`^\\s*${DEMONSTRATIVE}\\s+[\\p{L}-]+\\s*[,،]`, 'u');

/** What follows day words that take no complement: a preposition of the contact's own, or the end of the clause. */
const SHIFT_WITHOUT_COMPLEMENT = /^(?:\s+(?:between|with|in|at|when|بين|مع|في)(?![\p{L}])|\s*[.;؛]|\s*$)/iu;
/** A contact word and up to two words ("held", «الذي عقد») before day words. */
const SHIFT_AFTER_CONTACT = /^(?:\s+[^\s,،.;؛]+){0,2}\s+$/u;

function shiftsFromContact(text: string, shift: Hit, triggers: Hit[]): boolean {
  const { adverb, shift: days } = shift.value as { adverb: boolean; shift: number };
  // "The day before, Kallas held talks …": a comma right after the words makes them an adverb; so does the end of the
  // sentence ("…where he had met A and B separately the day before.").
  if (adverb || days === 0 || /^\s*(?:[,،.;؛]|$)/.test(text.slice(shift.end))) return true;
  // «وبعد يومين من ذلك الاتصال، تلقى …», "Two days after that call, …": a contact pointed back to.
  if (POINTED_BACK.test(text.slice(shift.end))) return true;
  // "the meeting held the day before between A and B": right after a contact word, with no complement of its own.
  if (SHIFT_WITHOUT_COMPLEMENT.test(text.slice(shift.end)) && triggers.some((t) => t.end <= shift.start && SHIFT_AFTER_CONTACT.test(text.slice(t.end, shift.start)))) return true;
  // (A strike or a killing is no contact: «غداة الهجوم على …» counts from nothing the article dates.)
  return triggers.some((t) => t.start >= shift.end && isArgued(typeOf(t)) && !/[,،.]/.test(text.slice(shift.end, t.start)));
}

/** "the closed-door ", "the two-hour bilateral ": the article and a word or two qualifying the contact noun after them. */
const THE_QUALIFIED = /(?:^|[^\p{L}])the\s+(?:[\p{Ll}-]+\s+){1,2}$/iu;
/**
 * «الاتصال», «اللقاء», "the call": a definite contact noun that points back to one already reported. Not the verb
 * «(و)التقى», whose «ال» is no article.
 */
const isAnaphor = (text: string, h: Hit) => (/^(?:ال|وال)/.test(text.slice(h.start, h.end)) && !MET_VERB.test(text.slice(h.start, h.end))) || /\bthe\s+$/i.test(text.slice(Math.max(0, h.start - 4), h.start));
const MET_VERB = /^و?التق(?:ى|ت|يا|وا|تا|اه|اها|اهم|اهما|ته|تها)(?![\p{L}])/u;

/** How far after «اغتيال»/«هجوم على» the one killed or struck is named (characters). */
const VICTIM_REACH = 60;
/** Topic phrases that name a killing ("the assassination of", «اغتيال»): who follows was killed. */
const KILLING_TOPIC = /assassinat|killing|اغتيال|مقتل/iu;
/**
 * Where an actor's reported words begin («قال البوسعيدي إن الجولة المقبلة من المحادثات…»): the talks
 * there are what was said, not what happened. The clause's end when no actor speaks.
 */
function reportedSpeechStart(text: string, hits: Hit[], mentions: PassageFacts['mentions'], from: number, to: number): number {
  // ", saying …", «، مضيفا أن …»: what the subject went on to say, whoever it names.
  const participle = SPEECH_PARTICIPLE.exec(text.slice(from, to));
  if (participle) to = from + participle.index + participle[0].length;
  for (const h of hits) {
    if (h.value.kind !== 'trigger' || h.value.type !== 'statement') continue;
    const found = text.slice(h.end, to).search(SPEECH_END);
    const stop = found >= 0 ? found : SAID_THEN_CLAUSE.test(text.slice(h.start, to)) ? 0 : -1;
    if (stop < 0) continue;
    // The speaker follows the verb («قال البوسعيدي إن») or, in English, comes just before it ("Fidan said").
    const speaks = mentions.some((m) => (m.start >= h.end && m.start < h.end + stop) || (m.end <= h.start && (h.start - m.end <= SPEAKER_GAP || SPEAKER_PARTICLE.test(text.slice(m.end, h.start)))));
    if (speaks) return h.end + stop;
  }
  return to;
}

const SPEAKER_GAP = 3;
/** Between a speaker and a verb of speech: «وكان X قد أعلن أن …», "X had also said that …". */
const SPEAKER_PARTICLE = /^\s+(?:قد|had|has|have|also|had\s+also|has\s+also)\s+$/u;

/**
 * "Spokesman X said Sisi received Y on Monday", «وأعلن المتحدث X أن الوزير عراقجي التقى نظيره لافروف»: what a speaker
 * reports is a clause of its own when it names two actors and a contact word, its subject before that word; the
 * speaker takes no part in it.
 */
function reportedContactApart(text: string, clause: Clause, hits: Hit[], mentions: PassageFacts['mentions']): Clause[] {
  const { from, to } = clause;
  // (Most clauses have no verb of speech: nothing to look for.)
  if (!hits.some((h) => h.value.kind === 'trigger' && h.value.type === 'statement' && h.start >= from && h.start < to)) return [clause];
  const inClause = <T extends { start: number }>(xs: T[]) => xs.filter((x) => x.start >= from && x.start < to);
  const clauseMentions = inClause(mentions);
  const speech = reportedSpeechStart(text, inClause(hits), clauseMentions, from, to);
  if (speech >= to) return [clause];
  const reported = clauseMentions.filter((m) => m.start >= speech);
  // Its own subject named before its contact word ("said Sisi received", «أن الوزير عراقجي التقى»), not "the understandings
  // reached in the call X held with Y", whose contact a relative clause tells.
  const contact = hits.find((h) => h.value.kind === 'trigger' && isArgued(typeOf(h)) && h.start >= speech && h.start < to);
  if (!contact || !reported.some((m) => m.start < contact.start) || new Set(reported.map((m) => m.actorId)).size < 2) return [clause];
  return [{ from, to: speech, sharesSubject: clause.sharesSubject }, { from: speech, to, sharesSubject: false }];
}
/** "said Sisi received …", "announced the two would meet": an English verb of speech whose "that" is left out. */
const SAID_THEN_CLAUSE = /^(?:said|says|announced|stated|confirmed)(?:\s+(?:on|late|earlier)\s+\p{Lu}?\p{L}+)?(?=\s+(?:(?:the|both|all|there|this|these|those)\s+|\p{Lu}))/u;
/** A comma and a participle of speech: what follows is what the clause's subject said. */
const SPEECH_PARTICIPLE = /[,،]\s*(?:saying|adding|noting|stressing|telling\s+(?:reporters|journalists)|قائلا|قائلاً|مضيفا|مضيفاً|مؤكدا|مؤكداً|مشيرا|مشيراً|معربا|معرباً)(?![\p{L}])/iu;

/**
 * «وأجرى على هامشها محادثات», "held talks … on its sidelines": the contact's day is that of the gathering the pronoun
 * points back to, even when a relative clause gives it («القمة التي احتضنتها قازان في 23 أكتوبر»), the last before it.
 * So is a contact told in a clause of time after a date ("since November 15, 2018, when he met …", «منذ يوليو 2022، حين
 * التقى …»), even where that date was the frame's ("signed in March 2024, when …").
 */
function dayPointedTo(text: string, from: number, to: number, dates: FoundDate[]): EventDate | null {
  const pronoun = POINTS_TO_DAY_BEFORE.exec(text.slice(from, to));
  if (!pronoun) return null;
  const at = from + pronoun.index;
  const before = dates.filter((d) => d.index < at);
  return before.length ? nearestDate([before[before.length - 1]], at) : null;
}

/** "On the sidelines of the meeting", «وعلى هامش الاجتماع»: of the gathering just told, on its day. */
const SIDELINES_OF_THE = /(?:^|[^\p{L}])(?:on|at)\s+the\s+sidelines\s+of\s+the\s+(?:meeting|summit|talks|session|conference|council|forum|ministerial|gathering|visit)(?![\p{L}])|(?:^|[\s\u0640])و?على هامش (?:الاجتماع|الاجتماعات|القمة|اللقاء|المؤتمر|المنتدى|الزيارة|الدورة|المباحثات)(?![\p{L}])/iu;
const POINTS_TO_DAY_BEFORE = /(?<![\p{L}])و?على هامش(?:ه|ها|هما)(?![\p{L}])|on (?:its|their) sidelines|on the sidelines of (?:it|which)|[,،]\s*(?:when|in which|during which|at which|حين|حينما|عندما)(?![\p{L}])|(?<![\p{L}])و?(?:التي|الذي)\s+(?:\p{L}+\s+){0,2}خلال(?:ها|ه)(?![\p{L}])/iu;

/** The word at `h` stands in the name of the gathering a contact took place on the sidelines of («على هامش أعمال
 *  الاجتماع الوزاري المشترك», "on the sidelines of the joint ministerial meeting"), before the next comma. */
function ofTheSidelines(text: string, h: Hit): boolean {
  const before = text.slice(Math.max(0, h.start - SIDELINES_REACH), h.start);
  const at = Math.max(before.lastIndexOf('على هامش'), before.toLowerCase().lastIndexOf('sidelines of'));
  return at >= 0 && !/[,،.;؛]/.test(before.slice(at));
}
const SIDELINES_REACH = 80;

/** "In a separate meeting,", «وفي لقاء منفصل،», «وفي اجتماع آخر منفصل،» opening a clause. */
const SEPARATE_OPENING = /^[\s,،]*(?:(?:and\s+)?in\s+(?:a\s+)?separate\s+(?:meeting|call|talks|session|conversation)s?|و?في\s+(?:لقاء|اجتماع|اتصال)\s+(?:(?:آخر|ثنائي)\s+)?منفصل)\s*[,،]/iu;

/** «على هامش», "on the sidelines of": where a contact took place, not the contact itself when another word names it. */
// (And the gathering whose sidelines they are: "on the sidelines of the meeting, she held separate talks with …".)
const sidelines = (text: string, h: Hit) => /^(?:على هامش|وعلى هامش|on the sidelines)/i.test(text.slice(h.start, h.end)) || SIDELINES_OF.test(text.slice(Math.max(0, h.start - 24), h.start));
const SIDELINES_OF = /(?:sidelines\s+of(?:\s+(?:the|a|an|its|their|this|that))?|هامش)\s+$/iu;
/** «خلال مشاركتهما في قمة بريكس», «للمشاركة في قمة أستانا», "while attending the summit": the gathering the parties came
 *  to, where another contact word of the clause took place. */
const attending = (text: string, h: Hit) => ATTENDING.test(text.slice(Math.max(0, h.start - 24), h.start));
const ATTENDING = /(?:(?<![\p{L}])(?:(?:while\s+)?attending|(?:to|in\s+order\s+to)\s+attend|(?:participation|participating|taking\s+part)\s+in)(?:\s+(?:the|a|an|its|their|this|that))?|(?<![\p{L}])و?(?:لل|ل|ب)?(?:ال)?(?:مشارك(?:ة|ته|تها|تهما|تهم)|حضور(?:ه|ها|هما|هم)?)\s+(?:في\s+)?(?:(?:أعمال|اعمال)\s+)?)\s*$/iu;

/** "received an invitation from X", "received a written message": a thing received, no one received. */
const receivesAThing = (text: string, h: Hit) => /^receiv(?:e|ed|es|ing)$/i.test(text.slice(h.start, h.end)) && RECEIVED_THING.test(text.slice(h.end, h.end + 40));
const RECEIVED_THING = /^\s+(?:(?:an?|the|his|her|their)\s+)?(?:[\p{L}-]+\s+)?(?:invitation|message|letter|cable|note|greetings|congratulations|condolences)(?![\p{L}])/iu;

/** "will meet X at the BRICS summit on October 23", «يلتقي X على هامش أعمال قمة الناتو»: the gathering where another
 *  contact word of the clause takes place, its scene. */
const atGathering = (text: string, h: Hit) => isGathering(text, h) && AT_GATHERING.test(text.slice(Math.max(0, h.start - 40), h.start));
const isGathering = (text: string, h: Hit) => GATHERING_WORD.test(text.slice(h.start, h.end));
const GATHERING_WORD = /^(?:summit|forum|conference|gathering|قمة|القمة|منتدى|المنتدى|مؤتمر|المؤتمر)$/iu;
const AT_GATHERING = /(?:(?<![\p{L}])(?:at|during|sidelines\s+of)\s+(?:the|a|an|this|next|its|their)(?:\s+[\p{L}'’-]+){0,3}|(?<![\p{L}])(?:خلال|في|أثناء|اثناء|هامش)(?:\s+(?:أعمال|اعمال))?)\s+$/iu;

/** Contacts whose parties are the contact word's arguments (contact-participants.ts). */
const isArgued = (t: CandidateType) => t === 'phone_call' || t === 'meeting' || t === 'visit' || t === 'talks';
const isMarker = (v: LexiconValue): v is Extract<LexiconValue, { kind: MarkerHit['kind'] }> =>
  v.kind === 'possessive' || v.kind === 'carrier' || v.kind === 'topic' || v.kind === 'list' || v.kind === 'reception' || v.kind === 'welcoming' || v.kind === 'joint' || joinsAParty(v.kind) || v.kind === 'invitation';

/** How close before a visit or meeting word an invitation stands to make it planned («دعوة لزيارة موسكو»), in characters. */
const INVITATION_REACH = 25;

/** «قبل دعوة لزيارة موسكو», "invited him to visit": the contact is invited to, not held. */
function invitedTo(text: string, hits: Hit[], trigger: Hit | undefined): boolean {
  if (!trigger) return false;
  // («وُجّهت الدعوة إليه خلال اتصال هاتفي», "the invitation was extended during a call": the contact it was made in.)
  return hits.some((h) => h.value.kind === 'invitation' && h.end <= trigger.start && trigger.start - h.end <= INVITATION_REACH) && !MADE_IN.test(text.slice(Math.max(0, trigger.start - 12), trigger.start)) && !/^[وف]?(?:خلال|أثناء|اثناء|during)\s/iu.test(text.slice(trigger.start, trigger.end));
}
const MADE_IN = /(?:^|[^\p{L}])(?:خلال|أثناء|اثناء|during|in\s+the\s+course\s+of)\s+(?:an?\s+|the\s+)?$/iu;

/** Whether the relative clause that `at` is in («، الذي …», ", who …») opens right after a person named. */
function onPerson(text: string, from: number, at: number, mentions: { end: number }[]): boolean {
  const before = text.slice(from, at);
  const comma = Math.max(before.lastIndexOf('،'), before.lastIndexOf(','));
  return comma >= 0 && mentions.some((m) => m.end <= from + comma && /^\s*$/.test(text.slice(m.end, from + comma)));
}

/**
 * Whether `at` stands in a relative clause that is an aside: «الرئيس، الذي تولى منصبه في مارس الماضي، …», "Merz,
 * who succeeded Scholz in May, …". A clause about the contact itself («الاتصال الذي جمع عطاف بسيجورنيه في 23
 * يناير») or one that holds the contact word («…، التي التقى خلالها كلا من …») is no aside: its dates and
 * names are the contact's.
 */
function inAside(text: string, from: number, at: number, hits: Hit[], main?: Hit): boolean {
  const before = text.slice(from, at);
  const comma = Math.max(before.lastIndexOf('،'), before.lastIndexOf(','));
  const pronoun = RELATIVE.exec(before.slice(comma + 1));
  if (!pronoun) return false;
  const start = from + comma + 1 + pronoun.index;
  if (main && main.start > start && main.start < at) return false;
  // «الزعيمين، اللذين عقدا في أغسطس 2023 لقاءً …»: a clause on the two who met tells their contact, its date before
  // the contact word too.
  if (main && main.start > at && /^(?:اللذين|اللذان|اللتين|اللتان|الذين)/.test(pronoun[0].trim()) && !/[،,؛;.]/.test(text.slice(at, main.start))) return false;
  // "…, during which he and Jokowi held a meeting", "at which the two leaders met": after a preposition the relative
  // clause has a subject of its own, who is a party to the contact it tells.
  if (main && main.start > at && PREPOSITION_BEFORE_WHICH.test(text.slice(from, start)) && !/[،,؛;.]/.test(text.slice(at, main.start))) return false;
  // «بالزخم الذي اكتسبته العلاقات منذ أن ترأس X وY … الاجتماع الأول»: «منذ أن», «عندما» open a clause of their own
  // inside the relative one; one that tells a contact names its parties.
  const since = TEMPORAL_CONJUNCTION.exec(text.slice(start, at));
  if (since && tellsContact(text, start + since.index, hits)) return false;
  // A clause on the contact word itself names its parties; so does «الاجتماع التشاوري الأول الذي جمع …», its
  // adjectives between, when it says whom the contact brought together.
  // («أعمال القمة الثلاثية العاشرة لآلية التعاون بين مصر وقبرص واليونان، التي جمعت …»: its name's complement too.)
  const gathers = BRINGS_TOGETHER.test(text.slice(start + pronoun[0].length, start + pronoun[0].length + 12));
  return !hits.some((h) => h.value.kind === 'trigger' && h.end <= start && (gathers ? GATHERING_NAMED : NOTHING_BUT_COMMAS).test(text.slice(h.end, start)));
}

/**
 * «على هامش القمة العربية التي عقدت في بغداد في مايو الماضي», «خلال المؤتمر الذي استضافته الرياض في …»: a date in a
 * relative clause on the gathering a contact was held at is the contact's day, not an aside's.
 */
function datesTheGathering(text: string, from: number, at: number): boolean {
  const before = text.slice(from, at);
  const comma = Math.max(before.lastIndexOf('،'), before.lastIndexOf(','));
  const pronoun = RELATIVE.exec(before.slice(comma + 1));
  return pronoun !== null && GATHERING_HELD.test(before.slice(comma + 1, comma + 1 + pronoun.index)) && HELD_BY.test(before.slice(comma + 1 + pronoun.index + pronoun[0].length));
}
/** «على هامش القمة العربية الطارئة», «خلال اجتماعات الجمعية العامة», «على هامش "قمة شرم الشيخ للسلام"»: the gathering
 *  right before a relative pronoun, its name quoted or not. */
const GATHERING_HELD = /(?:^|[\s\u0640])و?(?:على هامش|خلال|في|أثناء|اثناء)\s+["«“]?(?:ال)?(?:قمة|مؤتمر|اجتماع|اجتماعات|منتدى|دورة|أعمال|اعمال|مراسم|حفل|لقاء)(?:\s+[^\s,،.;؛]+){0,5}\s*$/u;
/** «عقدت», «انعقدت», «استضافتها», «احتضنتها», «أقيمت», «جرت», «نظمتها» (its place may come first): the gathering's being held. */
const HELD_BY = /^\s*(?:عقد|انعقد|استضاف|احتضن|أقيم|اقيم|جر[ىت]|نظم|التأم)(?:ت)?(?:ه|ها|هما)?(?![\p{L}])/u;

/** "during", "in", "at", "after" right before the relative pronoun "which". */
const PREPOSITION_BEFORE_WHICH = /(?:^|\s)(?:during|in|at|after|throughout)\s+$/iu;

const TEMPORAL_CONJUNCTION = /(?<![\p{L}])(?:منذ أن|منذ ان|عندما|حينما|when)(?![\p{L}])/u;
/** How far after «منذ أن», "when" the contact word of the clause they open may stand (characters). */
const TEMPORAL_REACH = 160;
/** A contact word in the sentence within reach after `at`. */
const tellsContact = (text: string, at: number, hits: Hit[]) =>
  hits.some((h) => h.value.kind === 'trigger' && isArgued(h.value.type) && h.start > at && h.start - at <= TEMPORAL_REACH && !/[.؟!]/.test(text.slice(at, h.start)));

const NOTHING_BUT_COMMAS = /^[\s,،]*$/;
/** What may stand between a gathering word and «التي جمعت»: its adjectives and the rest of its name, up to a comma. */
const GATHERING_NAMED = /^(?:[\s\u0640]+[^\s,،.;؛]+){0,8}[\s,،]*$/u;
/** «جمع», «جمعت», «ضم», «ضمت»: the verb of a relative clause that says whom a contact brought together; «أجراه»,
 *  «عقدها», «جرى»: the one that says who held it («الاتصال الهاتفي الذي أجراه مساء أمس مع …»). */
const BRINGS_TOGETHER = /^\s*(?:جمع\p{L}{0,3}|ضم|ضمت|[أا]جرا(?:ه|ها|هما)|[أا]جرت(?:ه|ها)|[أا]جريا(?:ه|ها)|عقد(?:ه|ها|ته|تها|اه|اها)|جر[ىت])(?![\p{L}])/u;

/**
 * The two parties of a signing named side by side as its subject, right before the signing word ("X and his Russian
 * counterpart Y signed") or right after it («وقع X ونظيره Y»): not everyone its clause names.
 */
function signedTogether(text: string, signings: Hit[], mentions: PassageFacts['mentions'], participants: string[]): string[] | null {
  // (The first two: «وقّع X وY المعاهدة، التي وصفها Z …» — one who judges it after them signed nothing.)
  if (participants.length < 2) return null;
  const pair = participants.slice(0, 2);
  const [a, b] = pair.map((id) => mentions.find((m) => m.actorId === id));
  if (!a || !b || b.start < a.end) return null;
  // The first one's name and the titles after it («… آل ثاني رئيس مجلس الوزراء وزير الخارجية، ومعالي …»): its last
  // mention before the second one is where the two stand side by side.
  const aLast = mentions.findLast((m) => m.actorId === pair[0] && m.end <= b.start) ?? a;
  const setOff = (id: string) => mentions.some((m) => m.actorId === id && m.start > b.end && /[,،]/.test(text.slice(b.end, m.start)));
  if (!participants.slice(2).every(setOff)) return null;
  // «وقّع X مع Y معاهدة», "X signed with Y": the one before the signing word signs with the one after «مع».
  if (signings.some((t) => a.end <= t.start && SIGNER_BEFORE.test(text.slice(a.end, t.start)) && t.end <= b.start && SIGNED_WITH.test(text.slice(t.end, b.start)))) return pair;
  // «المذكرة التي وقعها X مع Y», "signed by X with Y": the signer right after the signing word, the other after «مع».
  if (signings.some((t) => t.end <= a.start && SIGNED_THEN_SIGNERS.test(text.slice(t.end, a.start)) && SIGNED_WITH.test(text.slice(a.end, b.start)))) return pair;
  if (!SIDE_BY_SIDE.test(text.slice(aLast.end, b.start))) return null;
  const bLast = (t: Hit) => mentions.findLast((m) => m.actorId === pair[1] && m.end <= t.start) ?? b;
  return signings.some((t) => (b.end <= t.start && SIGNERS_THEN_SIGNED.test(text.slice(bLast(t).end, t.start))) || (t.end <= a.start && SIGNED_THEN_SIGNERS.test(text.slice(t.end, a.start)))) ? pair : null;
}
/** "and", «و», a title between two names: "… and his Russian counterpart …", «… ونظيره الروسي …», "… and U.S. President …"
 *  (the dot of a capital's abbreviation is no stop); after the first one's aside or a comma ("X, who chaired the talks,
 *  and the visiting Emir of Qatar, Y", «X، ومعالي وزير خارجية تركيا Y»). */
const SIDE_BY_SIDE = /^(?:\s*[,،][^,،.;؛]{1,60})?\s*[,،]?\s*(?:and\s|و)(?:[^,،.;؛]|(?<=(?<![\p{L}])\p{Lu})\.){0,60}[,،]?\s*$/u;
/** Between the pair and the signing word after it: an adverb, or the second one's title set off by commas ("Dubravka
 *  Suica, the European commissioner for the Mediterranean, signed"). */
const SIGNERS_THEN_SIGNED = /^(?:[,،]?[^,،.;؛]{0,20}|\s*[,،][^,،.;؛]{1,80}[,،][^,،.;؛]{0,20})$/u;
/** Between a signer and the signing word after it: a few words («كان قد»), no punctuation. */
const SIGNER_BEFORE = /^[^,،.;؛]{0,20}$/u;
/** «مع», "with" and the second one's titles right after the signing word. */
const SIGNED_WITH = /^\s*(?:مع|with)\s[^,،.;؛]{0,60}$/iu;
/** Between a signing word and the pair after it: the first one's titles and honorifics («ووقع وزير الخارجية الدكتور …»). */
const SIGNED_THEN_SIGNERS = /^[^,،.;؛]{0,40}$/u;
/** «أطلع X الرئيس على نتائج الزيارة», "X briefed the prime minister on the talks". */
const BRIEFING = /(?<![\p{L}])(?:أطلع|اطلع|يطلع|أطلعه|أطلعها|أطلعته|لإطلاعه|briefed|briefs|to brief)(?![\p{L}])/u;
/** «تهانيه بمناسبة تعيينه في 25 من الشهر», "on his election in May", "shortly after the Hamas attack of October 7", «بعد
 *  هجوم السابع من أكتوبر»: the date of that appointment, election or happening, no contact's. */
const OCCASION_BEFORE = /(?:^|[\s\u0640])(?:ب?(?:تعيين|انتخاب|تنصيب|فوز)(?:ه|ها)|(?:his|her)\s+(?:appointment|election|inauguration|swearing-in))(?:\s+[^\s,،.;؛]+){0,3}\s+$|(?:^|[^\p{L}])(?:attacks?|assault|raid|bombing|invasion|offensive|earthquake|floods?|elections?|referendum|coup|massacre)\s+of\s+$|(?:^|[\s\u0640])(?:و|ب|ل)?(?:هجوم|هجمات|أحداث|احداث|زلزال|انتخابات|مجزرة)\s+(?:يوم\s+)?$/iu;
const OCCASION_REACH = 50;
/**
 * "first visit since Labour won the July election", «لم يلتقيا منذ عام 2019»: the date a period starts, no event's;
 * unless a contact word comes between («منذ المحادثات التي جمعتهما … في أغسطس 2022»): that contact's date.
 */
function startsPeriod(text: string, at: number, hits: Hit[]): boolean {
  const from = Math.max(0, at - 50);
  const since = SINCE_BEFORE.exec(text.slice(from, at));
  // («منذ توليه الرئاسة إذ سبق أن زارها في يناير 2015», "since he took office, when he …": a clause opened
  // after the period's start has a date of its own.)
  return since !== null && !PERIOD_CLOSED.test(since[0]) && !hits.some((h) => h.value.kind === 'trigger' && h.start >= from + since.index && h.end <= at);
}
/** «إذ», «حيث», "when", "where" between «منذ» and a date: another clause has begun. */
const PERIOD_CLOSED = /[\s\u0640](?:إذ|اذ|حيث|when|where)\s/iu;

/**
 * "since Bashar al-Assad was toppled", «منذ سقوط حكم بشار الأسد»: who is named in what starts a period takes no part in
 * the clause's contact; unless the phrase tells a contact of its own («منذ أن ترأس X وY … الاجتماع الأول», "since
 * Xi's state visit"), whose parties those are.
 */
function namedInPeriodStart(text: string, at: number, hits: Hit[]): boolean {
  // «منذ أن ترأس X وY، في …، الاجتماع الأول»: a clause of its own, whose contact word may come after a comma.
  if (!startsPeriod(text, at, hits) || SINCE_CLAUSE_BEFORE.test(text.slice(Math.max(0, at - 50), at))) return false;
  const stop = text.slice(at).search(CLAUSE_STOP);
  const phraseEnd = stop < 0 ? text.length : at + stop;
  return !hits.some((h) => h.value.kind === 'trigger' && h.start > at && h.start < phraseEnd);
}

/** «استُقبل X … من قبل أمير قطر الشيخ تميم»: «من قبل» before the one who did it is "by", not "before". */
const passiveAgent = (text: string, h: Hit, mentions: { start: number }[]) =>
  BY_WORDS.test(text.slice(h.start, h.end)) && mentions.some((m) => m.start >= h.end && m.start - h.end <= AGENT_REACH && !/[,،.؛;]/.test(text.slice(h.end, m.start)));
const BY_WORDS = /^من\s+قبل$/u;

/** "his first trip … since X was ousted", «أول زيارة … منذ …»: the contact is the first of a period, so it is news, not earlier. */
const firstSince = (text: string, h: Hit) => FIRST_BEFORE.test(text.slice(Math.max(0, h.start - FIRST_REACH), h.start));
const FIRST_BEFORE = /(?:^|[^\p{L}])(?:first|أول|أولى|الأول|الأولى)(?![\p{L}])[^.,،;؛]*$/iu;
const FIRST_REACH = 60;
const SINCE_CLAUSE_BEFORE = /(?:^|[\s\u0640])منذ\s+[أا]ن(?:\s+[^\s,،.;؛]+){0,6}\s+$/u;
/** «منذ», "since" and up to three words before a contact word ("since Sisi's meeting", «منذ لقائهما»). */
const SINCE_RIGHT_BEFORE = /(?:^|[\s\u0640])(?:since|منذ)(?:\s+[^\s,،.;؛]+){0,3}\s+$/iu;
const SINCE_BEFORE = /(?:^|[\s\u0640])(?:since|منذ)(?:\s+[^\s,،.;؛]+){0,6}\s+$/iu;
const TITLE_HEAD_BEFORE = /(?:^|[\s\u0640])(?:و?ل?(?:رئيس|رئيسة|نائب|نائبة|وزير|وزيرة)|head of(?: the)?)\s+$/iu;
const RELATIVE = /(?<![\p{L}])(?:الذي|التي|اللذين|اللذان|اللتين|الذين|اللواتي|who|whom|which|whose)(?![\p{L}])/u;
const typeOf = (h: Hit) => (h.value as { type: CandidateType }).type;

function participantsOf(type: CandidateType, text: string, mentions: PassageFacts['mentions'], trigger: Hit | undefined, from: number, to: number): string[] {
  if (type === 'statement') return speakers(text, mentions, trigger?.start ?? from, trigger?.end ?? from);
  if (isHappening(type)) {
    // Who was struck or killed is named after the word: «اغتيال … حسن نصرالله», «هجوم على …».
    if (trigger) return victimsOf(text, mentions, trigger, to);
    return actorsAfter(mentions, from, Math.min(to, from + VICTIM_REACH));
  }
  return unique(mentions.map((m) => m.actorId));
}

/** Who a killing word names as killed: the one right before a passive or a possessive ("after X was assassinated",
 *  "X's killing, which Y vowed to avenge"), else those named after it («اغتيال … حسن نصرالله», "the killing of X"). */
function victimsOf(text: string, mentions: PassageFacts['mentions'], word: Hit, to: number): string[] {
  const before = mentions.filter((m) => m.end <= word.start && VICTIM_BEFORE.test(text.slice(m.end, word.start)));
  return before.length ? unique(before.map((m) => m.actorId)) : actorsAfter(mentions, word.end, Math.min(to, word.end + VICTIM_REACH));
}
const VICTIM_BEFORE = /^(?:['’]s\s+|\s+(?:was|were|had\s+been|has\s+been|have\s+been|is|being)\s+)$/u;

const actorsAfter = (mentions: PassageFacts['mentions'], at: number, to: number) => unique(mentions.filter((m) => m.start >= at && m.start < to).map((m) => m.actorId));

/** The first words of a clause, up to a comma: «أطلقت إيران حوالى 200 صاروخ على إسرائيل». */
function summarize(clause: string): string {
  const words = clause.split(/[،,:؛;]/)[0].trim().split(/\s+/);
  return words.slice(0, 8).join(' ') + (words.length > 8 ? '…' : '');
}

const rank = (h: Hit) => (h.value.kind === 'trigger' ? h.value.rank : 99);
const unique = <T>(xs: T[]) => [...new Set(xs)];
/** A verb of discussing (of the talks words): what follows it is what was discussed. */
const DISCUSSING = /^(?:[وف])?(?:بحث|بحثا|يبحث|يبحثان|ناقش|ناقشا|يناقش|يناقشان|تباحث|تباحثا|discuss|discussed|discusses|discussing)$/iu;
/** Happenings (strikes, killings) may be events without a named actor; contacts and statements may not. */
const isHappening = (t: CandidateType) => t === 'military_action' || t === 'killing';

/** "a call on Tuesday", "calls on 12 May": "on" and a day is when, not "call on" a host (a visit). */
const onAWhen = (words: string[], m: TrieMatch<LexiconValue> | null) => m !== null && words[m.to - 1] === 'on' && m.to < words.length && WHEN_WORD.test(words[m.to]);
const WHEN_WORD = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|\d+)$/;

/** The longest contact phrase at `i` that does not end in "on" before a day. */
function longestBelow(words: string[], i: number, joinable: (k: number) => boolean): TrieMatch<LexiconValue> | null {
  const all = matchesAt(eventTrie(), words, i, joinable).filter((m) => !onAWhen(words, m));
  return all.reduce<TrieMatch<LexiconValue> | null>((best, m) => (!best || m.to > best.to ? m : best), null);
}

/** A scene word («خلال», "during") of a «خلال المباحثات», "during the talks" that goes on to name its own parties. */
const SCENE_WORD = /^و?(?:خلال|اثناء|during)$/;
/** Words that may stand between the contact noun and its relative clause («الهاتفي», «الثنائيه», "phone"). */
const CONTACT_QUALIFIER = /^(?:ال\p{L}+(?:ي|يه)|phone|telephone)$/u;
/** The relative clause's verb of holding a contact («اجراها», «عقدها», «جرى», «جمعته»; "held", "had"). */
const HOLDING_VERB = /^(?:اجر\p{L}*|عقد\p{L}*|جر[تي]|جمع\p{L}*|دار[تا]?|held|had|conducted)$/u;
const OWN_PARTY_WORD = /^(?:مع|بين|with|between)$/;
const RELATIVE_WORD = /^(?:التي|الذي|that|which)$/;

/**
 * «وقال X خلال المباحثات التي أجراها مع Y …», «خلال الاتصال الهاتفي الذي جرى أمس مع …», "during the talks he held
 * with …": a scene phrase whose contact is told right after it with its own parties reports that contact (its noun is
 * the contact word); it is not the day of a contact told before. `to`: the word after the scene phrase.
 */
function sceneNamesItsParties(words: string[], to: number): boolean {
  let k = to;
  while (k < to + 2 && k < words.length && CONTACT_QUALIFIER.test(words[k])) k++;
  if (OWN_PARTY_WORD.test(words[k] ?? '')) return true;
  if (RELATIVE_WORD.test(words[k] ?? '')) k++;
  // («الذي جمعه أمس بالرئيس …»: whom a gathering verb brought together follows «ب».)
  // (A title and a name of four words may stand between «جمع» and «ب».)
  for (let held = false, gathered = false, end = Math.min(words.length, k + 8); k < end; k++) {
    if (HOLDING_VERB.test(words[k])) [held, gathered] = [true, words[k].startsWith('جمع')];
    else if (held && (OWN_PARTY_WORD.test(words[k]) || (gathered && /^ب\p{L}{3,}/u.test(words[k])))) return true;
  }
  return false;
}

/** «وبحث», «وناقش»: a contact verb with «و» that the lexicon reads as a topic word (what a contact went on to discuss). */
const TOPIC_VERB_WAW = /^و(?:بحث|ناقش)$/;
/** The contact values of the verb without its «و», when «مع» follows within a few words. */
function withOwnPartner(words: string[], from: number): LexiconValue[] | null {
  if (!words.slice(from, from + WITH_REACH_WORDS).includes('مع')) return null;
  const bare = longestMatchAt(eventTrie(), [words[from - 1].slice(1)], 0, () => true);
  const triggers = bare?.values.filter((v) => v.kind === 'trigger') ?? [];
  return triggers.length ? triggers : null;
}
/** How many words after «وبحث» its «مع» may stand: a subject with its title and name between. */
const WITH_REACH_WORDS = 9;

const isSceneShift = (m: TrieMatch<LexiconValue>) => m.values.some((v) => v.kind === 'dayShift' && v.shift === 0 && !v.namesTheDay && !v.adverb);

/** «سيستقبل», «ستستقبل», «وسيجتمع»: the future prefix «س» on a present-tense verb. */
const FUTURE_PREFIX = /^و?س(?=[يتن]\p{L}{2,}$)/u;
const PLANNED: LexiconValue = { kind: 'planned' };

/**
 * A contact verb in the future that the lexicon does not list as such («سيستقبل», «ستستقبل», «سيجتمع»): the present
 * form's contact values, and a mark of the future. (The lexicon lists the commonest future forms; «س» is a prefix of
 * any.)
 */
function futureContactAt(words: string[], i: number, joinable: (k: number) => boolean): { to: number; values: LexiconValue[] } | null {
  const prefix = FUTURE_PREFIX.exec(words[i]);
  if (!prefix) return null;
  const present = [words[i].slice(prefix[0].length), ...words.slice(i + 1)];
  const m = longestMatchAt(eventTrie(), present, 0, (k) => joinable(i + k));
  const triggers = m?.values.filter((v) => v.kind !== 'planned') ?? [];
  return m && triggers.some((v) => v.kind === 'trigger') ? { to: i + m.to, values: [...triggers, PLANNED] } : null;
}

function findHits({ norm, tokens: toks, words }: PreparedText): Hit[] {
  const joinable = (k: number) => /^[\s\-]*$/.test(norm.text.slice(toks[k - 1].end, toks[k].start));
  const hits: Hit[] = [];
  for (let i = 0; i < toks.length; ) {
    const longest = longestMatchAt(eventTrie(), words, i, joinable);
    const m = onAWhen(words, longest) ? longestBelow(words, i, joinable) : longest;
    const ahead = m?.values.some((v) => v.kind === 'trigger') ? null : futureContactAt(words, i, joinable);
    if (ahead) {
      const to = Math.max(ahead.to, m?.to ?? 0);
      const kinds = new Set(ahead.values.map((v) => v.kind));
      for (const value of [...ahead.values, ...(m?.values.filter((v) => !kinds.has(v.kind)) ?? [])]) hits.push({ value, start: norm.origin[toks[i].start], end: originalEnd(norm, toks[to - 1].end) });
      i = to;
      continue;
    }
    if (!m) {
      i++;
      continue;
    }
    const ownContact = SCENE_WORD.test(words[i]) && isSceneShift(m) && sceneNamesItsParties(words, m.to);
    // («خلال الاتصال» is a contact word as it stands; «خلال المباحثات» holds one after «خلال».)
    if (ownContact && !m.values.some((v) => v.kind === 'trigger')) {
      i++;
      continue;
    }
    for (const value of ownContact ? m.values.filter((v) => v.kind !== 'dayShift') : m.values) {
      hits.push({ value, start: norm.origin[toks[m.from].start], end: originalEnd(norm, toks[m.to - 1].end) });
    }
    // «وبحث الرئيس X مع Y …»: «وبحث» is what a contact told before went on to discuss (a topic word), unless «مع»
    // follows in the clause: then it tells a contact of its own, as «بحث» does.
    const withTalks = m.to === i + 1 && TOPIC_VERB_WAW.test(words[i]) && !m.values.some((v) => v.kind === 'trigger') ? withOwnPartner(words, i + 1) : null;
    if (withTalks) for (const value of withTalks) hits.push({ value, start: norm.origin[toks[i].start], end: originalEnd(norm, toks[i].end) });
    i = m.to;
  }
  return hits;
}

/** The first words of Arabic titles («رئيس», «وزيرة», «قائد», «عاهل»), with or without «ال». */
const TITLE_HEAD_AR = '(?:نائب|نائبة|وزير|وزيرة|رئيس|رئيسة|سفير|سفيرة|مستشار|مستشارة|أمين|امين|مساعد|مساعدة|مبعوث|مبعوثة|ممثل|ممثلة|مندوب|مندوبة|مفوض|مفوضة|منسق|منسقة|حاكم|سكرتير|مدير|مديرة|قائد|ولي|أمير|امير|ملك|عاهل|سلطان)';

/**
 * What follows a comma without starting a clause: a word that begins with و but is no conjunction («…، ولي العهد
 * رئيس مجلس الوزراء», «استقبل X، أمس، وفدا … برئاسة Y»), «و» before the next title of a list of parties («ضم X، ونائب وزير الخارجية Y»,
 * «، ودولة رئيس الوزراء Y»: a head of government's style first), or «وهم» before the list that names a group («وزراء خارجية الدول الثلاث، وهم …»), or «ومن الجانب السوري» before
 * the other side's members («جمع من الجانب التركي A وB، ومن الجانب السوري C»).
 */
const TITLE_WAW = new RegExp(`^(?:و(?:من|عن)\\s+(?:ال)?جانب|وهم|وهما|وهن|ولي|وزراء|وزير|وزيرة|وزارة|وكيل|والي|وفد|وفدا|وفداً|وفود|وفودا|و(?:دول[ةه]\\s+)?(?:ال)?${TITLE_HEAD_AR})(?![\\p{L}])`, 'u');

/** The first words of the honorifics (role-titles.json: «معالي», «الدكتور», «صاحب السمو»), normalised; built on first use. */
let honorificFirstWords: Set<string> | null = null;

/** «، ومعالي بيوش غويال …», «، والدكتور …»: «و» and an honorific go on with the list of parties; no clause opens. */
function honorificAfterWaw(rest: string): boolean {
  const word = /^و(\p{L}+)/u.exec(rest)?.[1];
  return word !== undefined && isHonorificWord(word);
}

/** The first word of an honorific («معالي», «الدكتور», «صاحب»). */
function isHonorificWord(word: string): boolean {
  honorificFirstWords ??= new Set(roleTitlesJson.honorifics.ar.map((h) => normalizeArabic(h.split(' ')[0])));
  return honorificFirstWords.has(normalizeArabic(word));
}

/**
 * Clauses: a comma before «و…» or «حيث/فيما/بينما» starts a new one (unless an actor follows: «لافروف، ونظيره»), and two dates
 * are never in one clause when a comma stands between them (cut at the last such comma).
 */
const SEMICOLON = /[;؛]\s*(?=\p{L})/gu;
/** How far after a semicolon the person that makes it end a clause may be named (characters). */
const SEMICOLON_REACH = 60;

function splitClauses(text: string, dates: FoundDate[], mentions: { start: number }[], hits: Hit[]): Clause[] {
  const cuts = new Set<number>();
  // "called on A and met separately with B", «…، كما التقى …»: a second contact verb of the same subject.
  const coordinated = new Set([...text.matchAll(COORDINATED_CONTACT)].map((m) => m.index + m[0].length));
  for (const at of nextObjects(text, mentions, hits)) coordinated.add(at);
  for (const at of coordinated) cuts.add(at);
  // «بعد زيارته الأولى في أبريل 2019 التي أجرى خلالها مباحثات مع …»: the talks held during a visit are a contact of
  // their own, told in the relative clause on the visit.
  for (const m of text.matchAll(HELD_DURING_ANY)) if (VISIT_NOUN_BEFORE.test(text.slice(Math.max(0, m.index - VISIT_NOUN_REACH), m.index))) cuts.add(m.index);
  for (const m of text.matchAll(CLAUSE_OPENER)) {
    const at = m.index + m[0].length;
    // «لافروف، ونظيره الإيراني …» and «بوتين، وبزشكيان» join actors; they do not start a clause.
    if (!mentions.some((x) => x.start >= at && x.start <= at + 2) && !/^و?نظير/.test(text.slice(at)) && !TITLE_WAW.test(text.slice(at)) && !honorificAfterWaw(text.slice(at)) && !timeInserted(text, at, mentions) && !IN_THE_PRESENCE_OF.test(text.slice(at)) && !THAT_WAS_ON.test(text.slice(at))) cuts.add(at);
  }
  // "… held talks with X on August 21; he was received by Y later that day": a semicolon before a person, named or a
  // pronoun, ends a clause. (Not "…; its next session will be chaired by the same two": the two of the clause before.)
  for (const m of text.matchAll(SEMICOLON)) {
    const at = m.index + m[0].length;
    if (/^(?:he|she|they)\s/i.test(text.slice(at)) || mentions.some((x) => x.start >= at && x.start - at <= SEMICOLON_REACH)) cuts.add(at);
  }
  // "… welcomed him at the airport before he paid his respects at the mausoleum of …": what he did next is a clause of its own.
  for (const m of text.matchAll(PRONOUN_STEP)) cuts.add(m.index + m[0].length);
  // "… because Russian President Vladimir Putin had declined to come", "… as the region absorbed the fall of Syria's
  // Bashar al-Assad": a reason or a background told in a clause of its own; who it names is not a party.
  for (const m of text.matchAll(SUBORDINATE_EN)) cuts.add(m.index + m[0].length);
  // "Thursday's calls were the second round in a week: Rubio had also phoned …": what the colon opens is told apart.
  for (const m of text.matchAll(COLON_THEN_CLAUSE)) cuts.add(m.index + m[0].length);
  for (const m of mentions) {
    const before = BEFORE_ANOTHER.exec(text.slice(Math.max(0, m.start - BEFORE_REACH), m.start));
    if (before) cuts.add(m.start - before[0].length);
  }
  for (let i = 0; i + 1 < dates.length; i++) {
    const gapFrom = dates[i].index + dates[i].text.length;
    const gapTo = dates[i + 1].index;
    // ("in January, in June and on September 19", «في مارس، وفي يوليو»: one list, which datesListedWith reads; no
    // comma or «و» in it opens a clause.)
    if (LISTED_GAP.test(text.slice(gapFrom, gapTo)) && listItemEnds(text, dates, i + 1)) {
      for (const c of cuts) if (c > gapFrom && c <= gapTo) cuts.delete(c);
      continue;
    }
    if ([...cuts].some((c) => c > gapFrom && c <= gapTo)) continue;
    // The last comma before the second date: what stands between belongs with the first («أمس الثلاثاء في موسكو،
    // جلسة مباحثات مع …، تناولت … الموقعة في 17 يناير»).
    const gap = text.slice(gapFrom, gapTo);
    const comma = Math.max(gap.lastIndexOf('،'), gap.lastIndexOf(','));
    if (comma >= 0) cuts.add(gapFrom + comma + 1);
  }
  const points = [0, ...[...cuts].sort((a, b) => a - b), text.length];
  return points.slice(1).map((end, i) => ({ from: points[i], to: end, sharesSubject: coordinated.has(points[i]) }));
}

/**
 * «أجرى يوم الأربعاء، غداة الهجوم، اتصالا هاتفيا ب…»: a time set between commas inside a clause, naming nobody, with
 * the clause going on after it (no conjunction opens what follows): no clause of its own.
 */
function timeInserted(text: string, at: number, mentions: { start: number }[]): boolean {
  const inserted = INSERTED_TIME.exec(text.slice(at));
  if (!inserted) return false;
  const end = at + inserted[0].length;
  return !mentions.some((m) => m.start >= at && m.start < end) && !GOES_ON_AS_CLAUSE.test(text.slice(end));
}
const INSERTED_TIME = /^(?:غداة|عشية)(?:\s+[^\s,،.;؛]+){1,4}\s*[،,]/u;
const GOES_ON_AS_CLAUSE = /^\s*(?:و|ف|ثم|حيث|فيما|بينما|كما|قبل|بعد)/u;

/**
 * A comma and what opens another clause: «و», «حيث», «فيما», «بينما», «بعدما», «كما», «في حين», «في الوقت الذي», "while",
 * "where", ", and he", ", and the Russian president received him" (another subject, the first one its object), and a
 * time set against the first clause's ("…, the same day Rubio sat down with Lavrov", "…, a day after", «، غداة لقائه …»).
 */
/** «التي أجرى خلالها», «الذي التقى فيه»: a relative clause that tells a contact held during what it is on. */
const HELD_DURING = 'و?(?:التي|الذي)\\s+(?:أجرى|اجرى|أجرت|اجرت|عقد|عقدت|التقى|التقت|بحث|بحثت)\\s+(?:خلالها|خلاله|فيها|فيه)(?![\\p{L}])';
const HELD_DURING_ANY = new RegExp(HELD_DURING, 'gu');
const HELD_DURING_OPENS = new RegExp(`^${HELD_DURING}`, 'u');
/** «(زيارته الأولى في أبريل 2019) التي أجرى خلالها …»: such a clause on a visit, its noun up to five words before. */
const VISIT_NOUN_BEFORE = /(?:زيار|جول|رحل)(?:ة|ه|ته|تها|تهم)(?:\s+[^\s،,.]+){0,5}\s+$/u;
const VISIT_NOUN_REACH = 80;

/** «، وذلك بحضور X», «، وفي حضور X»: who was present at the contact the clause told, not a clause of its own. */
const IN_THE_PRESENCE_OF = /^و(?:ذلك\s+)?(?:ب|في\s+)حضور(?![\p{L}])/u;
const CLAUSE_OPENER =
  /[،,]\s+(?=و|(?:حيث|فيما|بينما|بعدما|ثم|كما|في حين|في الوقت الذي|غداة|عشية|(?:بعد|قبل) يوم من|while|where|whereas|and\s+(?:he|she)|and\s+(?:[\p{L}'’.-]+\s+){1,6}?(?:received|hosted|met|welcomed|greeted|phoned|called)\s+(?:him|her)(?![\p{L}])|(?:on\s+)?the\s+same\s+day|the\s+(?:day|week)(?=\s+(?:that\s+|when\s+)?[A-Z])|(?:a|one|two|three|the)\s+(?:days?|weeks?)\s+(?:after|before|later|earlier))(?![\p{L}]))/giu;

/** An English clause whose contact points back by a pronoun: "and he was back …", "where he had met …", "received him", "met her". */
/**
 * "Volodin led the delegation to a memorial ceremony for Raisi on May 22, where he met …": with no contact told before
 * in the sentence, "he" is the one the English sentence opens with (its subject), not the one named last.
 */
function openingSubject(text: string, earlier: { actorId: string; start: number }[], from: number): string | null {
  const sentence = Math.max(text.lastIndexOf('. ', from), text.lastIndexOf('\n', from)) + 1;
  const first = earlier.find((m) => m.start >= sentence);
  return first && SUBJECT_LEAD.test(text.slice(sentence, first.start)) ? first.actorId : null;
}
/** Before the subject of an English sentence (after a dateline, "TEHRAN, May 23 (Reuters) -"): a title of capitalised
 *  words, with no comma, verb or preposition. */
const SUBJECT_LEAD = /^\s*(?:[A-Z][\p{L}\d ,.()]*\s[-–—]+\s+)?(?:(?:the|[A-Z][\p{L}'’.-]*)\s+)*$/u;
const PRONOUN_CLAUSE = /^[\s,]*(?:and\s+|where\s+|when\s+)?(?:(?:on|in|later|then)(?:\s+[^\s,.;]+){0,3}\s+)?(?:he|she)\s|\s(?:received|hosted|met|welcomed|greeted)\s+(?:him|her)(?![\p{L}])|^\s*(?:before|after)\s+[a-z]+ing\s/iu;
const BEFORE_REACH = 60;
/** " before he", " after she", " before sitting down with": an English step of the story whose subject is a pronoun
 *  or left out (the cut is before the word; lower case only, not a sentence's "After meeting X, Y …"). */
const PRONOUN_STEP = /\s(?=(?:before|after)\s+(?:he|she)\s)|\s(?=(?:before|after)\s+[a-z]+ing\s)/gu;
/** English subordinate clauses of reason, concession or background: " because ", " although ", ", after which ", " as
 *  the region absorbed …" (a determiner, a noun or two and a past verb). */
const SUBORDINATE_EN = /\s(?=(?:because|although|though)\s)|,\s+(?=after\s+which\s)|\s(?=as\s+(?:the|a|an)\s+[a-z]+(?:\s+[a-z]+)?\s+[a-z]+ed\s)/gu;
/** A colon and a capitalised word (no quote): an English sentence that goes on with a clause of its own. */
const COLON_THEN_CLAUSE = /:\s+(?=\p{Lu}\p{Ll})/gu;
/** " before " and the next actor (titles between): a later step of the story with its own subject ("… with Fidan before Erdogan received him"). */
const BEFORE_ANOTHER = /(?<!(?:day|days|week|weeks|hours|eve|shortly|just|the))\s+before\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}$/u;

export interface ReportedContact {
  subject: string;
  /** Those it was with (when known: a contact the clause reports). */
  partners?: string[];
  date: EventDate | null;
}

interface Clause {
  from: number;
  to: number;
  /** It opens with a contact verb coordinated with the previous clause's: its subject is that clause's. */
  sharesSubject: boolean;
}

/**
 * Where a second contact verb of the same sentence begins, after "and"/«كما»/«ثم»/«، و» and adverbs of sequence:
 * "and later held talks with", "and met separately with", ", met …", «، كما التقى», «ثم اجتمع», «، والتقت كلا من …»; and the
 * next leg of a tour, whose traveller is the same («…، حيث التقى X، قبل أن ينتقل إلى أنقرة لإجراء محادثات مع Y»,
 * «، ثم توجه إلى», «، ومن ثم يتوجه إلى»), or the next contact of the same subject («، قبل أن يلتقي في اليوم نفسه Z»).
 */
const COORDINATED_VERB_AR = '(?:التقى|التقت|استقبل|استقبلت|اجتمع|اجتمعت|أجرى|أجرت|عقد|عقدت|بحث|بحثت|زار|زارت)(?![\\p{L}])';
/** «على أن» opening the clause, a few words before its contact word («على أن يعقد على هامشها لقاءين»). */
const IS_TO_AR = /^[\s,،]*على\s+أن(?:\s+\p{L}+){0,3}\s*$/u;
/** «وصل … أمس، ويلتقي اليوم X», «، على أن يجتمع اليوم بـX»: a contact verb in the present after a comma and «و» or «على أن», the
 *  subject's next step (not «، يجري خلالها محادثات»: what the visit just told will hold). */
const COORDINATED_PRESENT_AR = '(?:يلتقي|تلتقي|يجتمع|تجتمع|يستقبل|تستقبل|يزور|تزور)(?![\\p{L}])';
/** «التقيا في يونيو وأجريا اتصالا في مارس»: a contact verb of two subjects after «و» is their next contact, with no comma
 *  too (not «وبحثا», «وتبادلا»: what they discussed in the same one). */
const DUAL_CONTACT_VERB_AR = '(?:التقيا|اجتمعا|أجريا|اجريا|عقدا|تحادثا)(?![\\p{L}])';
/** «عقدا لقاء آخر», «أجريا محادثات»: the two held the contact the noun names, a verb of the two right before it. */
const DUAL_HELD_BEFORE = /(?:^|\s)و?(?:عقدا|أجريا|اجريا)\s+$/u;
/** A contact word that is such a verb, with its «و» or without. */
const DUAL_VERB_WORD = new RegExp(`^و?${DUAL_CONTACT_VERB_AR}`, 'u');
const TOUR_LEG_AR = '(?:(?:قبل أن|ثم|ومن ثم|وبعدها|وبعد ذلك)\\s+(?:[يت]?(?:نتقل|توجه)|انتقلت|توجهت|انتقل)|قبل أن\\s+[يت](?:لتقي|جتمع|ستقبل|عقد|جري|بحث|زور))(?![\\p{L}])';
/**
 * "called on A, met B, and sat down with C": after a contact verb, another one right after a comma goes on with the same
 * subject ("X, accompanied by Y, met Z" has none before its comma). The look back is tried at such commas only, and
 * bounded: tried at every position, it doubled the analysis's CPU time.
 */
const SERIAL_VERB_EN = '(?:met|called on|sat down with|held talks with|hosted|received)(?![\\p{L}])';
/**
 * A clause that opens on «مع», "with" and names whom: the subject's next contact ("and later with Y"); or on «ثم»,
 * "then" and the next one met (nextObjects).
 */
const WITH_NEXT = /^\s*(?:مع|with|ثم|وبعد ذلك|وبعدها|(?:and\s+)?then)\s/u;
/** «فزار X في عين التينة، ثم رئيس الحكومة Y», "met X in Riyadh, and then Y at the ministry": the next object of the same verb. */
const THEN_NEXT = /(?<=[،,]\s*)(?:ثم|وبعد ذلك|وبعدها)\s+|(?<=,?\s+)and\s+then\s+|(?<=,\s+)then\s+/gu;
const THEN_NEXT_REACH = 60;
/** What THEN_NEXT cannot match without (looked for first: its lookbehinds are tried at every position). */
const THEN_WORD = /ثم|وبعد|then/;

/** Nothing, or a title or an honorific: what may stand before a name («رئيس الحكومة», «العماد», "Foreign Minister", "the"), not a verb («ترأس», "hosted"). */
function opensWithTitle(before: string): boolean {
  if (before.trim() === '') return true;
  if (/^\s*(?:the\s|his\s|her\s|\p{Lu})/u.test(before)) return true;
  if (TITLE_OPENS.test(before)) return true;
  const word = /^\s*(\p{L}+)/u.exec(before)?.[1];
  return word !== undefined && isHonorificWord(word);
}
const TITLE_OPENS = new RegExp(`^\\s*(?:ال)?${TITLE_HEAD_AR}(?![\\p{L}])`, 'u');

/**
 * Where «، ثم», ", and then" (the cut is before the word) go on to the next one a contact verb before took as its
 * object: a contact word before it in the sentence, a person named shortly after it (titles between, no comma), and no
 * contact word of the new clause up to its next comma (", and then Y received him" has a subject of its own).
 */
function nextObjects(text: string, mentions: { start: number }[], hits: Hit[]): number[] {
  const out: number[] = [];
  if (!THEN_WORD.test(text)) return out;
  for (const m of text.matchAll(THEN_NEXT)) {
    const at = m.index + m[0].length;
    if (!hits.some((h) => h.value.kind === 'trigger' && h.end <= m.index)) continue;
    const named = mentions.find((x) => x.start >= at);
    if (!named || named.start - at > THEN_NEXT_REACH || /[,،.;؛]/u.test(text.slice(at, named.start)) || !opensWithTitle(text.slice(at, named.start))) continue;
    const stop = text.slice(named.start).search(/[,،.;؛]/u);
    const end = stop < 0 ? text.length : named.start + stop;
    if (hits.some((h) => h.value.kind === 'trigger' && h.start >= at && h.start < end)) continue;
    out.push(m.index);
  }
  return out;
}
/** An English contact word's object or partner after it ("with …", "to him", "them"). */
const OBJECT_AFTER_EN = /(?<![\p{L}])(?:with|to|him|her|them|on)(?![\p{L}])/iu;
/** «معه», «معها»: with him, with her. */
const WITH_PRONOUN_AR = /(?:^|\s)(?:معه|معها|معهما)(?:\s|$)/u;
/** An Arabic contact verb's partner after it («مع …», «بـ…», «معه»). */
const OBJECT_AFTER_AR = /(?:^|\s)(?:مع|ب)/u;
/** «رد الزيارة», «ردّ له الزيارة», "returned the visit", "reciprocated the visit": a visit back between the same two. */
const RETURNED_VISIT = /(?:(?<![\p{L}])(?:رد|ردت|يرد|ترد)\u0651?\s+(?:له\s+|لها\s+)?(?:ال)?زيار(?:ة|ته|تها)|(?:returned|reciprocated|returning|reciprocating)\s+(?:the|that|his|her)\s+visit)(?![\p{L}])/iu;
/** How far after «رد الزيارة», "returned the visit" the day of the visit back may stand (characters). */
const RETURNED_REACH = 60;
/** A verb of hosting: its subject hosts the contact between those it names. */
const HOSTS = /^و?(?:hosted|hosts|hosting|استضاف|استضافت|يستضيف|تستضيف|احتضن|احتضنت)(?![\p{L}])/iu;
/** "and again (at X) on", «ثم (مجددا) في الرياض في», «ومرة أخرى في»: a clause that is the same contact on another day. */
const MET_AGAIN = /^[\s,،]*(?:and\s+again|again|ثم|ومجددا|ومجدداً|ومرة أخرى)(?:\s|$)/iu;
// «، والتقت …»: the clause begins at the «و», which the verb is written with.
const COORDINATED_CONTACT = new RegExp(
  `(?:\\s(?:and|then)\\s+(?:later|then|subsequently|afterwards|separately)\\s+(?=with\\s)|(?:[،,]\\s*|\\s)(?:ثم|وبعد ذلك|وبعدها)\\s+(?=مع\\s)|\\s(?:and|but)\\s+(?=(?:will|(?:are|is)\\s+(?:due|set|expected|scheduled)\\s+to)\\s+(?:meet|hold|host|visit|receive|speak)(?![\\p{L}]))|\\s(?:and|then)\\s+(?=(?:the\\s+(?:next|following)\\s+day|a\\s+day\\s+later|two\\s+days\\s+later|on\\s+\\p{Lu}\\p{Ll}+day)\\s+(?:(?:he|she|they)\\s+)?(?:met|held|hosted|received|spoke|talked|called on|visited|sat down|flew|travell?ed|headed)(?![\\p{L}]))|\\s(?:and|then)\\s+(?:(?:later|also|then|separately|subsequently|afterwards)\\s+)*(?:(?:was|were)\\s+(?:(?:later|also|then|subsequently|afterwards)\\s+)*(?=(?:received|hosted|welcomed|greeted)(?![\\p{L}]))|(?=(?:met|held|hosted|received|spoke|talked|called on|visited|sat down|flew|travell?ed|headed|meeting|holding|hosting|receiving|speaking|calling on|sitting down|had\\s+(?:a|an|talks|separate|brief|further|private|breakfast|lunch|dinner)|lunched|dined|breakfasted)(?![\\p{L}])))|,\\s+(?=${SERIAL_VERB_EN})(?<=${SERIAL_VERB_EN}[^.;]{0,200},\\s+)|,?\\s+before\\s+(?=(?:heading|flying|travell?ing)\\s+(?:on\\s+)?to(?![\\p{L}]))|[،,]\\s*(?:(?=${TOUR_LEG_AR})|(?:كما|ثم)\\s+(?:(?:قد|أيضا)\\s+)?(?=${COORDINATED_VERB_AR}|${DUAL_CONTACT_VERB_AR})|(?=و${COORDINATED_VERB_AR})|(?=(?:على أن\\s+|و)${COORDINATED_PRESENT_AR}))|\\s(?=و${DUAL_CONTACT_VERB_AR}))`,
  'gu',
);

/** Who speaks: the actors after the verb up to the quote or «أن»; else the one named just before it. */
function speakers(text: string, mentions: { actorId: string; start: number }[], at: number, triggerEnd: number): string[] {
  const rest = text.slice(triggerEnd);
  const stop = rest.search(SPEECH_END);
  const limit = stop < 0 ? text.length : triggerEnd + stop;
  const after = mentions.filter((m) => m.start >= triggerEnd && m.start < limit);
  if (after.length) return unique(after.map((m) => m.actorId));
  const before = mentions.filter((m) => m.start < at);
  return before.length ? [before[before.length - 1].actorId] : [];
}

/** The `count` distinct actors named last, of the office when that many of it are named. */
/** "He … met him", "she held talks with him": a subject pronoun shortly before the contact word, an object one right after it. */
function pronounsOnBothSides(text: string, from: number, main: Hit): boolean {
  return SUBJECT_PRONOUN_BEFORE.test(text.slice(Math.max(from, main.start - 40), main.start)) && OBJECT_PRONOUN_AFTER.test(text.slice(main.start, main.end + 12));
}
/** "he … him", "she … her" in one sentence: a passage that may report a contact of two named before it. */
const PRONOUN_PAIR = /(?:^|[^\p{L}])(?:he|she)\s[^.;]*?\s(?:him|her)(?![\p{L}])/iu;
/** «بدعوة من», «تلبية لدعوة من نظيره», "at the invitation of": who is named next invited, and is no antecedent. */
const INVITED_BY_BEFORE = /(?:(?:^|[\s\u0640])(?:(?:بدعوة|لدعوة|دعوة)(?:\s+(?:رسمية|كريمة))?\s+من|بدعوة)\s+(?:[^\s،,.]+\s+){0,3}|at\s+the\s+invitation\s+of\s+(?:[\p{L}'’.-]+\s+){0,4})$/iu;
const INVITED_BY_REACH = 40;

const afterLastComma = (text: string) => text.slice(Math.max(text.lastIndexOf(','), text.lastIndexOf('،')) + 1);

/** "She and", "he and the", "during which he and", at the start of a clause: a pronoun coordinated with the one named next. */
const PRONOUN_AND = /^[\s,]*(?:(?:and|but)\s+)?(?:(?:during|in|at|after)\s+which\s+|when\s+|where\s+)?(?:he|she)\s+and\s+(?:the\s+|his\s+|her\s+)?(?:[\p{L}'’.-]+\s+){0,4}$/iu;
const SUBJECT_PRONOUN_BEFORE = /(?:^|[^\p{L}])(?:he|she)\s+(?:[\p{L}]+\s+){0,3}$/iu;
const OBJECT_PRONOUN_AFTER = /(?:^|\s)(?:him|her)(?![\p{L}])/iu;

/** Parties who take part as a pair or group a clause points back to («الطرفان», "the same two"). */
const pairGroup = (ids: string[]) => ({ participants: ids, via: Object.fromEntries(ids.map((a) => [a, 'pair' as const])) });

function lastNamed(
  count: number,
  recent: string[],
  before: { actorId: string }[],
  holdsOffice: ((actorId: string) => boolean) | null = null,
  counterparts: ((a: string, b: string) => boolean) | null = null,
): string[] {
  const named = [...recent, ...before.map((m) => m.actorId)];
  const holders = holdsOffice ? named.filter(holdsOffice) : [];
  // The latest named holder with a counterpart named before, and that counterpart.
  if (counterparts)
    for (let j = holders.length - 1; j > 0; j--)
      for (let i = j - 1; i >= 0; i--) if (holders[i] !== holders[j] && counterparts(holders[i], holders[j])) return [holders[i], holders[j]];
  const order = new Set(holders).size >= count ? holders : named;
  const out: string[] = [];
  for (let i = order.length - 1; i >= 0 && out.length < count; i--) if (!out.includes(order[i])) out.push(order[i]);
  return out.reverse();
}

/**
 * "held talks with him on April 25 and in St Petersburg on April 11, after a session in Moscow on March 13", «التقاه
 * في مارس وفي يونيو»: the dates a clause lists beside the one its contact was dated by, each the day of another
 * contact of the same parties. Listed: joined by "and", «و», «ثم», or by "after"/«بعد» another contact word.
 */
function datesListedWith(text: string, dates: FoundDate[], chosen: EventDate, hits: Hit[]): FoundDate[] {
  const i = indexOfChosen(dates, chosen);
  if (i < 0) return [];
  const joined = (a: FoundDate, b: FoundDate) => {
    const [gapStart, gapEnd] = [a.index + a.text.length, b.index];
    const gap = text.slice(gapStart, gapEnd);
    if (LISTED_GAP.test(gap)) return true;
    return CONTACT_BETWEEN.test(gap) && hits.some((h) => h.value.kind === 'trigger' && isArgued(typeOf(h)) && h.start >= gapStart && h.end <= gapEnd);
  };
  // ("in January, in June and on September 19": a date the list goes on from ends there too.)
  const endsThere = (j: number) => (j + 1 < dates.length && joined(dates[j], dates[j + 1])) || tailEnds(text, dates[j]);
  const listed: FoundDate[] = [];
  for (let j = i + 1; j < dates.length && joined(dates[j - 1], dates[j]) && endsThere(j); j++) listed.push(dates[j]);
  for (let j = i - 1; j >= 0 && joined(dates[j], dates[j + 1]); j--) listed.push(dates[j]);
  return listed;
}

/**
 * «التقيا مرتين خلال أكتوبر الماضي، الأولى في عشق آباد يوم 11 أكتوبر على هامش منتدى، والثانية في قازان يوم 23 من
 * الشهر نفسه», "met twice in 2024, the first time in Tehran on July 30 …, the second in Kazan on October 23": the days
 * of the contacts a clause counts out after the date it was dated by (in the clauses after it too), each set off by
 * «الأولى», «والثانية», "the second", «ثم في», "then in", with no other contact word between.
 */
function datesCountedOut(text: string, dates: FoundDate[], chosen: EventDate, hits: Hit[]): FoundDate[] {
  const i = indexOfChosen(dates, chosen);
  if (i < 0) return [];
  const out: FoundDate[] = [];
  for (let j = i + 1; j < dates.length; j++) {
    const [gapStart, gapEnd] = [dates[j - 1].index + dates[j - 1].text.length, dates[j].index];
    const gap = text.slice(gapStart, gapEnd);
    const count = NEXT_OF_COUNT.exec(gap) ?? (j === i + 1 ? FIRST_OF_COUNT.exec(gap) : null);
    if (!count && !(j > i + 1 && LISTED_GAP.test(gap))) break;
    // (No contact word between the ordinal or «ثم» and the day: «ثم في قازان التقى … في أكتوبر» is another's. The setting
    // of the one before may have one: "on the sidelines of".)
    const tailStart = count ? gapEnd - count[1].length : gapStart;
    if (hits.some((h) => h.value.kind === 'trigger' && isArgued(typeOf(h)) && h.start >= tailStart && h.end <= gapEnd)) break;
    out.push(dates[j]);
  }
  return out;
}

/** Where among the clause's dates is the one a contact was dated by (-1: none of them). */
const indexOfChosen = (dates: FoundDate[], chosen: EventDate) => dates.findIndex((d) => d.start === chosen.start && d.text === chosen.text);

/** A date with no predicate of its own after it ("… and on Tuesday attended the summit" has one). */
const tailEnds = (text: string, d: FoundDate) => (LISTED_TAIL.exec(text.slice(d.index + d.text.length))?.[0].split(/\s+/).filter(Boolean).length ?? 0) <= TAIL_WORDS;

/** Dates `j` on are items of one list up to its end: each joined to the next by LISTED_GAP, the last with no predicate after it. */
function listItemEnds(text: string, dates: FoundDate[], j: number): boolean {
  for (; j + 1 < dates.length && LISTED_GAP.test(text.slice(dates[j].index + dates[j].text.length, dates[j + 1].index)); j++);
  return tailEnds(text, dates[j]);
}

/** ", and in St Petersburg on", « وفي », ", in", ", and most recently on": what joins two dates of one list (a place of its own allowed). */
const LISTED_GAP = /^(?:\s*[,،]\s*(?:and\s+|as well as\s+|و\s*|ثم\s+)?|[\s,،]*(?:and\s+|as well as\s+|و\s*|ثم\s+|and$|ثم$))(?:(?:again|most\s+recently|more\s+recently|مجددا|مجدداً)\s+)?(?:\s*(?:in|at|في)\s+[^\s,،.;؛]+(?:\s+[^\s,،.;؛]+){0,2})?\s*(?:on\s+|in\s+|في\s+|يوم\s+)?$/iu;
const LISTED_TAIL = /^[^.,،;؛:!?\n]*/u;
/** «، الأولى في عشق آباد يوم», ", the first in Ashgabat on": the first of the contacts a clause counts out, its place. */
const FIRST_OF_COUNT = /^\s*[,،:]\s*(?:(?:و\s*)?(?:الأولى|الاولى|الأول|الاول)|(?:the\s+)?first(?:\s+(?:one|time|meeting))?)\s([^.;؛,،:]{0,50})$/iu;
/** «… على هامش منتدى، والثانية في قازان يوم», ", and the second in Kazan on", «، ثم في قازان في», ", then in Kazan in": the
 *  next one counted out, after what is told of the one before. */
const NEXT_OF_COUNT = /^[^.;؛]{0,80}[,،]\s*(?:(?:و\s*)?(?:الثانية|الثاني|الثالثة|الثالث)\s|(?:and\s+)?the\s+(?:second|third)(?:\s+(?:one|time|meeting))?\s|(?:and\s+)?then\s+(?=(?:in|at|on)\s)|ثم\s+(?=في|ب))([^.;؛,،]{0,50})$/iu;
const TAIL_WORDS = 3;
/** ", after a late-night session in Moscow on": another contact, before or after this one. */
const CONTACT_BETWEEN = /^[\s,،]*(?:after|before|following|بعد|قبل)\s[^.;:؛]{0,60}$/iu;

/**
 * "He met A in Jeddah on Sunday and B in Abu Dhabi the following day", «والتقى A في جدة يوم الأحد، وB في أبوظبي في اليوم
 * التالي»: the one subject of a contact word met each partner after it on the day told right after that partner (a
 * date, or a day counted from the one before). Null unless every partner but the last has a day of its own.
 */
function partnersOnOwnDays(text: string, main: Hit, group: { participants: string[]; via: Record<string, ParticipantVia> }, mentions: PassageFacts['mentions'], dates: FoundDate[], hits: Hit[], leftOut: string | null): { group: { participants: string[]; via: Record<string, ParticipantVia> }; date: EventDate }[] | null {
  const after = mentions.filter((m) => m.start >= main.end && group.participants.includes(m.actorId));
  const partners = after.filter((m, i) => after.findIndex((x) => x.actorId === m.actorId) === i);
  // (All named after the verb, each with a day of its own: the subject is left out, the one the story is about.)
  const subjects = group.participants.filter((a) => !partners.some((m) => m.actorId === a));
  if (subjects.length === 0 && leftOut && !partners.some((m) => m.actorId === leftOut)) {
    subjects.push(leftOut);
    group = { participants: group.participants, via: { ...group.via, [leftOut]: 'subject' } };
  }
  if (subjects.length !== 1 || partners.length < 2) return null;
  const result: { group: { participants: string[]; via: Record<string, ParticipantVia> }; date: EventDate }[] = [];
  let previous = null as EventDate | null;
  for (let i = 0; i < partners.length; i++) {
    const end = partners[i + 1]?.start ?? text.length;
    // The next partner joined by "and", «و» (a comma before it allowed), each with its day between.
    if (i + 1 < partners.length && (!PARTNER_JOIN.test(text.slice(partners[i].end, end)) || hits.some((h) => h.value.kind === 'trigger' && h.start > partners[i].end && h.start < end))) return null;
    const own = dates.find((d) => d.index > partners[i].end && d.index < end);
    const shift = hits.find((h) => h.value.kind === 'dayShift' && h.value.adverb && h.start > partners[i].end && h.start < end);
    const day: EventDate | null = own ? nearestDate([own], own.index) : shift && previous?.precision === 'day' ? shiftedDay(previous, (shift.value as { shift: number }).shift) : null;
    if (!day) return null;
    result.push({ group: { participants: [subjects[0], partners[i].actorId], via: { [subjects[0]]: group.via[subjects[0]], [partners[i].actorId]: group.via[partners[i].actorId] } }, date: day });
    previous = day;
  }
  return result;
}
/** What joins the next partner to the one before: "and", «و», after a comma or not, titles after it. */
const PARTNER_JOIN = /(?:^|[\s,،])(?:and|و)(?:\s|\p{L})/u;

/** The day word opens the sentence, before its contact word and any date of its own («وفي اليوم ذاته، أجرى …»). */
function opensBefore(text: string, shift: Hit, main: Hit, dates: FoundDate[]): boolean {
  return shift.start < main.start && !dates.some((d) => d.index < main.start) && /^[\s\p{P}]*(?:و|and\s+)?(?:في|on|that)?\s*$/iu.test(text.slice(0, shift.start));
}

/** "The following day, …", «وفي اليوم التالي، …» opening the sentence: a shift that stands alone, of a day or more. */
function isOpeningShift(text: string, shift: Hit, main: Hit, dates: FoundDate[]): boolean {
  const value = shift.value as { shift: number; adverb: boolean };
  // ("The day before, Haniyeh had been received by …": a word that takes a complement, used alone before a comma.)
  return (value.adverb || /^\s*[,،]/u.test(text.slice(shift.end))) && value.shift !== 0 && opensBefore(text, shift, main, dates);
}

function shiftedDay(d: EventDate, days: number): EventDate | null {
  const from = parseIsoDay(d.start);
  if (!from) return null;
  const day = toIsoDay(addDays(from, days));
  return { start: day, end: day, precision: 'day', basis: 'relative' };
}

function nearestFound(dates: FoundDate[], at: number): FoundDate | null {
  return dates.length ? [...dates].sort((a, b) => Math.abs(a.index - at) - Math.abs(b.index - at))[0] : null;
}

const eventDateOf = (d: FoundDate): EventDate => ({ start: d.start, end: d.end, precision: d.precision, basis: d.basis, text: d.text });

function nearestDate(dates: FoundDate[], at: number): EventDate | null {
  const d = nearestFound(dates, at);
  return d ? eventDateOf(d) : null;
}

/**
 * "He returned to Jeddah for the summit on July 19, 2023, having been welcomed at the airport the day before by …",
 * «وصل إلى الرياض في 5 مارس، وكان قد التقى في اليوم السابق …»: the day the clause named for another of its verbs, set
 * off by a comma from the contact word after it, counted from by the words that shift it, said alone (not "a day before
 * the summit", not "a day earlier than planned"). Null when the clause says no such thing.
 */
function countedFromDateNamed(text: string, named: FoundDate, contactWords: Hit[], shift: Hit): EventDate | null {
  const { shift: days, adverb } = shift.value as { shift: number; adverb: boolean };
  const namedEnd = named.index + named.text.length;
  if (days === 0 || named.precision !== 'day' || shift.start < namedEnd) return null;
  // (The contact word after the date: "for the summit on July 19" names the summit's own day.)
  const contact = contactWords.find((t) => t.start >= namedEnd);
  if (!contact || !/[,،;؛]/u.test(text.slice(namedEnd, contact.start))) return null;
  const after = text.slice(shift.end, shift.end + 24);
  if (!(adverb || SHIFT_SAID_ALONE.test(after)) || SHIFT_COMPARED.test(after)) return null;
  return shiftedDay(eventDateOf(named), days);
}
/** Between a shift word and the date that opens its complement: "a day after [the] June 22 …", «غداة 22 يونيو». */
const DATE_AS_COMPLEMENT = /^\s*(?:the\s+)?$/iu;
/** Right after a day named by its weekday, the possessive that makes it own a noun ("Monday's talks"). */
const WEEKDAY_OWNS = /^['’]s\s/u;
/** "the day before" with no complement: the clause or sentence ends, or an agent, place or time phrase follows. */
const SHIFT_SAID_ALONE = /^\s*(?:[,،.;؛)]|$|(?:by|at|in|on|during|and|when|while)\s)/iu;
/** "a day earlier than planned", «قبل يوم مما كان مقررا»: a day said against a plan, not counted from the date named. */
const SHIFT_COMPARED = /^\s*(?:than|مما|عن\s+(?:الموعد|موعد))/iu;

/** Words a visit's destination may stand after its verb («زار ولي العهد السعودي باريس», "visited Baku"). */
const DESTINATION_REACH = 6;

/** Where a clause's event took place: a place right after «في»/«إلى»/"in"/"to" or «في عاصمة …», or a visit's destination. */
function locationOf(hits: Hit[], text: string, visitEnd: number | null): string | null {
  for (const h of hits) {
    if (h.value.kind !== 'place') continue;
    if (visitEnd !== null && h.start >= visitEnd && tokenize(text.slice(visitEnd, h.start)).length <= DESTINATION_REACH) return h.value.name;
    // Pushed, not mapped (see prepareText in normalize-arabic.ts): an array of one elements kind whatever V8's tier.
    const before: string[] = [];
    for (const t of tokenize(normalizeArabic(text.slice(Math.max(0, h.start - 60), h.start)))) before.push(t.token.toLowerCase());
    let i = before.length - 1;
    if (i >= 1 && !LOCATIVES.has(before[i]) && (PLACE_LEAD_INS.has(before[i - 1]) || PLACE_LEAD_INS.has(before[i]))) i -= PLACE_LEAD_INS.has(before[i]) ? 1 : 2;
    if (i >= 0 && LOCATIVES.has(before[i])) return h.value.name;
  }
  return null;
}
