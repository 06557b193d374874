// One colour per country (graph nodes, list dots, chips) and per event type (timeline), chosen for a projector:
// saturated enough to tell apart from the back of a room, dark enough for white text, calm next to each other.
import type { EventType } from '../../schema/dataset';

export interface CountryStyle {
  label: string;
  color: string;
}

const COUNTRIES: Record<string, CountryStyle> = {
  RU: { label: 'Russia', color: '#2f5fa7' },
  IR: { label: 'Iran', color: '#2e8b57' },
  IL: { label: 'Israel', color: '#5aa9e6' },
  US: { label: 'United States', color: '#b83b5e' },
  GB: { label: 'United Kingdom', color: '#7b4fa0' },
  HEZBOLLAH: { label: 'Hezbollah', color: '#c9a227' },
  HAMAS: { label: 'Hamas', color: '#6b8e23' },
  LB: { label: 'Lebanon', color: '#d17a22' },
  PS: { label: 'Palestine', color: '#4d7c6f' },
  SY: { label: 'Syria', color: '#8c6d46' },
  YE: { label: 'Yemen', color: '#a0522d' },
  TR: { label: 'Türkiye', color: '#c0504d' },
  TM: { label: 'Turkmenistan', color: '#3f8f8f' },
  AZ: { label: 'Azerbaijan', color: '#4682b4' },
  UA: { label: 'Ukraine', color: '#d4a20a' },
  CN: { label: 'China', color: '#a23b3b' },
  EU: { label: 'European Union', color: '#35508c' },
  UN: { label: 'United Nations', color: '#4a90a4' },
  SA: { label: 'Saudi Arabia', color: '#3c7a3c' },
  QA: { label: 'Qatar', color: '#7a2e4a' },
  IQ: { label: 'Iraq', color: '#6d6d2e' },
  JO: { label: 'Jordan', color: '#8a5a83' },
  BH: { label: 'Bahrain', color: '#9c3d54' },
  EG: { label: 'Egypt', color: '#b08d57' },
};

// For codes we have no colour for: a fixed cycle, picked by a hash of the code (stable across loads).
const FALLBACK = ['#6c7a89', '#8e6c8a', '#5f8575', '#9a7b4f', '#5b6ea8', '#a86b5b', '#5f9ea0', '#8b8b5a'];
export const UNKNOWN_COUNTRY: CountryStyle = { label: 'Unknown', color: '#8a94a3' };

function hash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) >>> 0;
  return h;
}

export function countryStyle(code: string | null): CountryStyle {
  if (!code) return UNKNOWN_COUNTRY;
  return COUNTRIES[code] ?? { label: code, color: FALLBACK[hash(code) % FALLBACK.length] };
}

export interface EventTypeStyle {
  label: string;
  color: string;
}

export const EVENT_TYPES: Record<EventType, EventTypeStyle> = {
  phone_call: { label: 'Phone call', color: '#1f6fb2' },
  meeting: { label: 'Meeting', color: '#6a4c9c' },
  visit: { label: 'Visit', color: '#0f7c8c' },
  message: { label: 'Message', color: '#3f7f5f' },
  agreement: { label: 'Agreement', color: '#2e7d32' },
  statement: { label: 'Statement', color: '#5c6b7a' },
  military_action: { label: 'Military action', color: '#c05621' },
  killing: { label: 'Killing', color: '#a12c2c' },
};

/** Lane order on the timeline: contacts first, then words, then force. */
export const EVENT_TYPE_ORDER: EventType[] = [
  'phone_call', 'meeting', 'visit', 'message', 'agreement', 'statement', 'military_action', 'killing',
];

export const CONTACT_EDGE_COLOR = '#b5651d';
export const COMENTION_EDGE_COLOR = '#a3adba';
