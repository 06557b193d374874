// «الرئيسان الروسي والإيراني», «وزيرا خارجية روسيا وإيران», "the Russian and Iranian presidents", "the foreign ministers
// of Russia and Iran": one title for two office-holders, each of their own country. Read as the two singular titles it
// stands for («الرئيس الروسي», «الرئيس الإيراني»), which the caller resolves as any title alone.
import { anyOf } from '../dates/boundaries';
import dualTitlesJson from './dual-titles.json';

export interface DualTitle {
  start: number;
  end: number;
  /** The two singular titles, one per country, in the order written. */
  singles: [string, string];
}

const alternatives = (heads: Record<string, string>) => anyOf(Object.keys(heads));
const { ar: AR_HEADS, en: EN_HEADS, arPlural: AR_PLURALS } = dualTitlesJson as { ar: Record<string, string>; en: Record<string, string>; arPlural: Record<string, string> };

/** A dual head, up to two words of the office («خارجية», «الدفاع», «وزراء»), then two country words joined by «و». */
// (The word's start is checked after the match: a pattern that opens on a lookbehind is tried at every position.)
const AR_DUAL = new RegExp(`(${alternatives(AR_HEADS)})((?:\\s+\\p{L}+){0,2}?)\\s+(\\p{L}+)\\s+و(\\p{L}+)(?![\\p{L}])`, 'gu');
/** "the Russian and Iranian presidents" */
const EN_ADJECTIVES_FIRST = new RegExp(`(?<![\\p{L}])(?:the\\s+)?(\\p{Lu}\\p{Ll}+)\\s+and\\s+(\\p{Lu}\\p{Ll}+)\\s+(${alternatives(EN_HEADS)})(?![\\p{L}])`, 'giu');
/** "the foreign ministers of Russia and Iran" */
const EN_COUNTRIES_AFTER = new RegExp(`(?<![\\p{L}])(?:the\\s+)?(${alternatives(EN_HEADS)})\\s+of\\s+(\\p{Lu}\\p{Ll}+)\\s+and\\s+(\\p{Lu}\\p{Ll}+)(?![\\p{L}])`, 'giu');

/** The dual titles of `text`. */
export function dualTitles(text: string): DualTitle[] {
  const found: DualTitle[] = [];
  for (const m of text.matchAll(AR_DUAL)) {
    if (m.index > 0 && /\p{L}/u.test(text[m.index - 1])) continue;
    const [whole, head, office, first, second] = m;
    const singular = `${AR_HEADS[head]}${office.replace(/\p{L}+/gu, (w) => AR_PLURALS[w] ?? w)}`;
    found.push({ start: m.index, end: m.index + whole.length, singles: [`${singular} ${first}`, `${singular} ${second}`] });
  }
  if (!/[A-Za-z]/.test(text)) return found;
  // Each English pattern: the plural head, and the two singular titles made of its singular.
  const english: [RegExp, (m: RegExpMatchArray) => [string, (singular: string) => [string, string]]][] = [
    [EN_ADJECTIVES_FIRST, ([, first, second, heads]) => [heads, (s) => [`the ${first} ${s}`, `the ${second} ${s}`]]],
    [EN_COUNTRIES_AFTER, ([, heads, first, second]) => [heads, (s) => [`the ${s} of ${first}`, `the ${s} of ${second}`]]],
  ];
  for (const [pattern, read] of english) {
    for (const m of text.matchAll(pattern)) {
      const [heads, singles] = read(m);
      const singular = EN_HEADS[heads.toLowerCase().replace(/\s+/g, ' ')];
      if (singular) found.push({ start: m.index!, end: m.index! + m[0].length, singles: singles(singular) });
    }
  }
  return found;
}
