// The view in the URL: encode a ViewState as readable query parameters, decode them back with a list of what
// could not be read. Parameters the view does not own (?data=…, ?test) are left as they are.
import { eventTypeSchema, type EventType } from '../schema/dataset';
import { getInitialState, type FocusDepth } from '../store/initial-state';
import type { Selection } from '../store/selection';
import { DAY_MS } from '../store/time';
import type { Theme, UiLanguage, ViewState } from '../store/view-state';

/** The parameters this codec owns; everything else in the query string belongs to someone else. */
export const VIEW_PARAMS = ['from', 'to', 'actor', 'edge', 'event', 'depth', 'filter', 'hide', 'hidecountries', 'lang', 'names', 'theme'] as const;

/** Something in the URL that was ignored, for the notice: the parameter and the value as written. */
export interface UrlProblem {
  param: string;
  value: string;
}

export interface DecodedView {
  view: ViewState;
  problems: UrlProblem[];
}

const EDGE_SEPARATOR = '~';
const LIST_SEPARATOR = ',';
const LANGUAGES: readonly UiLanguage[] = ['en', 'ar'];
const THEMES: readonly Theme[] = ['light', 'dark'];
const DEPTHS: readonly FocusDepth[] = [0, 1, 2];

export function defaultView(): ViewState {
  const s = getInitialState();
  return {
    timeWindow: null,
    selection: null,
    focusDepth: s.focusDepth,
    windowFilter: s.windowFilter,
    hiddenEventTypes: [],
    hiddenCountries: [],
    uiLanguage: s.uiLanguage,
    nameLanguage: s.nameLanguage,
    theme: s.theme,
  };
}

// ---------- time ----------

const isMidnight = (ms: number) => ms % DAY_MS === 0;
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** A window start: a day when it falls on midnight UTC ('2024-10-01'), else the exact instant. */
function encodeFrom(ms: number): string {
  return isMidnight(ms) ? day(ms) : new Date(ms).toISOString();
}

/** A window end (exclusive): the last day included when it falls on midnight ('to=2024-10-31' ends 1 Nov 00:00). */
function encodeTo(ms: number): string {
  return isMidnight(ms) ? day(ms - DAY_MS) : new Date(ms).toISOString();
}

const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?Z$/;

/** A day or an ISO instant in UTC, to milliseconds; null when it is not a real date ('2024-02-30' is not). */
function parseTime(text: string): { ms: number; isDay: boolean } | null {
  const isDay = DAY_RE.test(text);
  if (!isDay && !INSTANT_RE.test(text)) return null;
  const ms = Date.parse(isDay ? `${text}T00:00:00Z` : text);
  if (!Number.isFinite(ms) || day(ms) !== text.slice(0, 10)) return null;
  return { ms, isDay };
}

// ---------- encode ----------

/** The view's own parameters, defaults left out so that a plain URL stays plain. */
export function encodeView(view: ViewState): URLSearchParams {
  const p = new URLSearchParams();
  const d = defaultView();
  if (view.timeWindow) {
    // Whole milliseconds: the store treats windows closer than 1 ms as the same window.
    p.set('from', encodeFrom(Math.round(view.timeWindow.start)));
    p.set('to', encodeTo(Math.round(view.timeWindow.end)));
  }
  const sel = view.selection;
  if (sel?.kind === 'actor') p.set('actor', sel.id);
  else if (sel?.kind === 'edge') p.set('edge', `${sel.source}${EDGE_SEPARATOR}${sel.target}`);
  else if (sel?.kind === 'event') p.set('event', sel.id);
  if (view.focusDepth !== d.focusDepth) p.set('depth', String(view.focusDepth));
  if (view.windowFilter !== d.windowFilter) p.set('filter', view.windowFilter ? 'on' : 'off');
  if (view.hiddenEventTypes.length) p.set('hide', view.hiddenEventTypes.join(LIST_SEPARATOR));
  if (view.hiddenCountries.length) p.set('hidecountries', view.hiddenCountries.join(LIST_SEPARATOR));
  if (view.uiLanguage !== d.uiLanguage) p.set('lang', view.uiLanguage);
  // Names follow the interface's language unless switched apart.
  if (view.nameLanguage !== view.uiLanguage) p.set('names', view.nameLanguage);
  if (view.theme !== d.theme) p.set('theme', view.theme);
  return p;
}

/** The whole query string: the view's parameters replaced, every other parameter kept in place. */
export function withView(search: string, view: ViewState): string {
  const out = new URLSearchParams(search);
  for (const k of VIEW_PARAMS) out.delete(k);
  for (const [k, v] of encodeView(view)) out.append(k, v);
  // URLSearchParams escapes more than a query string needs: keep these readable (they mean nothing special in it).
  const text = out.toString().replace(/%(2C|7E|3A|2F)/gi, (escaped) => decodeURIComponent(escaped));
  return text ? `?${text}` : '';
}

/** Whether two query strings say the same, parameter by parameter in order (`?test` and `?test=` do). */
export function sameQuery(a: string, b: string): boolean {
  return new URLSearchParams(a).toString() === new URLSearchParams(b).toString();
}

// ---------- decode ----------

const ID_RE = /^[\p{L}\p{N}_.:-]+$/u;

function oneOf<T extends string | number>(allowed: readonly T[], text: string): T | undefined {
  return allowed.find((x) => String(x) === text);
}

function list(text: string): string[] {
  return [...new Set(text.split(LIST_SEPARATOR).map((s) => s.trim()).filter(Boolean))];
}

/** Reads a view from query parameters. Whatever cannot be read is left at its default and named in problems. */
export function decodeView(params: URLSearchParams): DecodedView {
  const view = defaultView();
  const problems: UrlProblem[] = [];
  const bad = (param: string, value: string) => problems.push({ param, value });
  const get = (k: string) => params.get(k);

  const from = get('from');
  const to = get('to');
  if (from !== null && to !== null) {
    const a = parseTime(from);
    const b = parseTime(to);
    const end = b ? (b.isDay ? b.ms + DAY_MS : b.ms) : null;
    if (!a) bad('from', from);
    if (end === null || (a && end <= a.ms)) bad('to', to);
    else if (a) view.timeWindow = { start: a.ms, end };
  } else if (from !== null) bad('from', from); // a window needs both ends
  else if (to !== null) bad('to', to);

  const picked: { param: string; value: string; selection: Selection | null }[] = [];
  const actor = get('actor');
  if (actor !== null) picked.push({ param: 'actor', value: actor, selection: ID_RE.test(actor) ? { kind: 'actor', id: actor } : null });
  const edge = get('edge');
  if (edge !== null) {
    const [source, target, ...rest] = edge.split(EDGE_SEPARATOR);
    const ok = !rest.length && target !== undefined && ID_RE.test(source) && ID_RE.test(target) && source !== target;
    picked.push({ param: 'edge', value: edge, selection: ok ? { kind: 'edge', source, target } : null });
  }
  const event = get('event');
  if (event !== null) picked.push({ param: 'event', value: event, selection: ID_RE.test(event) ? { kind: 'event', id: event } : null });
  for (const p of picked) {
    // One selection at a time: the first readable one wins, the others are reported.
    if (p.selection && !view.selection) view.selection = p.selection;
    else bad(p.param, p.value);
  }

  const depth = get('depth');
  if (depth !== null) {
    const d = oneOf(DEPTHS, depth);
    if (d === undefined) bad('depth', depth);
    else view.focusDepth = d;
  }
  const filter = get('filter');
  if (filter !== null) {
    if (filter === 'on' || filter === 'off') view.windowFilter = filter === 'on';
    else bad('filter', filter);
  }
  const hide = get('hide');
  if (hide !== null) {
    const types: EventType[] = [];
    for (const t of list(hide)) {
      const type = oneOf(eventTypeSchema.options, t);
      if (type) types.push(type);
      else bad('hide', t);
    }
    view.hiddenEventTypes = types;
  }
  const countries = get('hidecountries');
  if (countries !== null) {
    for (const c of list(countries)) {
      if (ID_RE.test(c)) view.hiddenCountries.push(c);
      else bad('hidecountries', c);
    }
  }
  const lang = get('lang');
  if (lang !== null) {
    const l = oneOf(LANGUAGES, lang);
    if (l) view.uiLanguage = view.nameLanguage = l;
    else bad('lang', lang);
  }
  const names = get('names');
  if (names !== null) {
    const l = oneOf(LANGUAGES, names);
    if (l) view.nameLanguage = l;
    else bad('names', names);
  }
  const theme = get('theme');
  if (theme !== null) {
    const t = oneOf(THEMES, theme);
    if (t) view.theme = t;
    else bad('theme', theme);
  }
  return { view, problems };
}
