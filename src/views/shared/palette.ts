// One colour per country (graph nodes, list dots, chips) and per event type (timeline), chosen for a projector:
// saturated enough to tell apart from the back of a room, dark enough for white text, calm next to each other.
import type { EventType } from '../../schema/dataset';
import { uiText } from '../../i18n/ui-text';

/** A country's colour, and its name in the interface's language (read when shown, so it follows a language switch). */
export interface CountryStyle {
  readonly label: string;
  color: string;
}

const COUNTRY_COLORS: Record<string, string> = {
  RU: '#2f5fa7',
  IR: '#2e8b57',
  IL: '#5aa9e6',
  US: '#b83b5e',
  GB: '#7b4fa0',
  HEZBOLLAH: '#c9a227',
  HAMAS: '#6b8e23',
  LB: '#d17a22',
  PS: '#4d7c6f',
  SY: '#8c6d46',
  YE: '#a0522d',
  TR: '#c0504d',
  TM: '#3f8f8f',
  AZ: '#4682b4',
  UA: '#d4a20a',
  CN: '#a23b3b',
  EU: '#35508c',
  UN: '#4a90a4',
  SA: '#3c7a3c',
  QA: '#7a2e4a',
  IQ: '#6d6d2e',
  JO: '#8a5a83',
  BH: '#9c3d54',
  EG: '#b08d57',
};

// For codes we have no colour for: a fixed cycle, picked by a hash of the code (stable across loads).
const FALLBACK = ['#6c7a89', '#8e6c8a', '#5f8575', '#9a7b4f', '#5b6ea8', '#a86b5b', '#5f9ea0', '#8b8b5a'];
const UNKNOWN_COUNTRY_COLOR = '#8a94a3';

/** A country's name in the interface's language; a code we have no name for is shown as it is. */
export function countryLabel(code: string | null): string {
  return code ? uiText(`country.${code}`, { defaultValue: code }) : uiText('country.unknown');
}

function hash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) >>> 0;
  return h;
}

export function countryStyle(code: string | null): CountryStyle {
  const color = !code ? UNKNOWN_COUNTRY_COLOR : (COUNTRY_COLORS[code] ?? FALLBACK[hash(code) % FALLBACK.length]);
  return {
    color,
    get label() {
      return countryLabel(code);
    },
  };
}

export interface EventTypeStyle {
  readonly label: string;
  color: string;
}

/** An event type's name in the interface's language. */
export function eventTypeLabel(type: EventType): string {
  return uiText(`eventType.${type}`);
}

const EVENT_TYPE_COLORS: Record<EventType, string> = {
  phone_call: '#1f6fb2',
  meeting: '#6a4c9c',
  visit: '#0f7c8c',
  message: '#3f7f5f',
  agreement: '#2e7d32',
  statement: '#5c6b7a',
  military_action: '#c05621',
  killing: '#a12c2c',
};

export const EVENT_TYPES = Object.fromEntries(
  Object.entries(EVENT_TYPE_COLORS).map(([type, color]) => [
    type,
    {
      color,
      get label() {
        return eventTypeLabel(type as EventType);
      },
    },
  ]),
) as Record<EventType, EventTypeStyle>;

/** Lane order on the timeline: contacts first, then words, then force. */
export const EVENT_TYPE_ORDER: EventType[] = [
  'phone_call', 'meeting', 'visit', 'message', 'agreement', 'statement', 'military_action', 'killing',
];

export const CONTACT_EDGE_COLOR = '#b5651d';
export const COMENTION_EDGE_COLOR = '#a3adba';
