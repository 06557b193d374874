// Algeria and Tunisia write the months from the French (جانفي، فيفري، أفريل، ماي، جوان، جويلية، أوت), Morocco partly
// so (يوليوز، غشت، شتنبر، نونبر، دجنبر): written here as the names chrono knows, in the normalised text, with the map
// kept so that a date found maps back onto the words as written («26 جانفي»).
import { anyOf } from '../boundaries';
import type { NormalizedText } from '../normalize-for-dates';

/** In normalised spelling (alef forms → ا). */
const MAGHREB_MONTHS: Record<string, string> = {
  جانفي: 'يناير',
  فيفري: 'فبراير',
  افريل: 'ابريل',
  ماي: 'مايو',
  جوان: 'يونيو',
  جويلية: 'يوليو',
  جويليه: 'يوليو',
  اوت: 'اغسطس',
  يوليوز: 'يوليو',
  غشت: 'اغسطس',
  شتنبر: 'سبتمبر',
  نونبر: 'نوفمبر',
  دجنبر: 'ديسمبر',
};
const NAMES = anyOf(Object.keys(MAGHREB_MONTHS));
// The word first and its left edge looked behind: a pattern that opens with a lookbehind is tried at every position.
const MONTH = new RegExp(`${NAMES}(?![\\p{L}\\p{N}_])(?<=(?:^|[^\\p{L}\\p{N}_])${NAMES})`, 'gu');
/** «ماي» is a name too (Theresa May): a month only after a day's number or a word that leads a month («في ماي»). */
const MAY_LEAD = /(?:[0-9]|(?:^|\s)(?:في|خلال|شهر|منذ|حتى|مطلع|اوائل|اواسط|منتصف|اواخر|بداية|نهاية|مستهل|غرة|من|الى|إلى))\s*$/u;

export function withMashreqMonths(normalized: NormalizedText): NormalizedText {
  const { text, map } = normalized;
  MONTH.lastIndex = 0;
  let out = '';
  let outMap: number[] | null = null;
  let from = 0;
  const origin = (i: number) => (map ? map[i] : i);
  for (let m = MONTH.exec(text); m; m = MONTH.exec(text)) {
    if (m[0] === 'ماي' && !MAY_LEAD.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    outMap ??= [];
    for (let i = from; i < m.index; i++) outMap.push(origin(i));
    const written = MAGHREB_MONTHS[m[0]];
    // Each letter of the name chrono knows points at a letter of the name as written, its last at the last.
    for (let i = 0; i < written.length; i++) outMap.push(origin(m.index + (i === written.length - 1 ? m[0].length - 1 : Math.min(i, m[0].length - 1))));
    out += text.slice(from, m.index) + written;
    from = m.index + m[0].length;
  }
  if (!outMap) return normalized;
  for (let i = from; i <= text.length; i++) outMap.push(origin(i));
  return { text: out + text.slice(from), map: Int32Array.from(outMap) };
}
