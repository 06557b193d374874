// A year alone: «عام 2024», «العام 2024», «لعام 2024م», «2024م», «2024 ميلادية», «منذ 2015،», «عامي 2020» (the
// first of «the years 2020 and 2024»; the second is not found).
// Not Hijri or Solar Hijri years («1445هـ», «1403 ش»), not a bare number («حوالى 2000 صاروخ»).
import { withBoundaries } from '../../boundaries';
import type { DateRule } from '../../rule';

const YEAR = '((?:18|19|20|21)[0-9]{2})(?![0-9])(?!\\s*(?:ه|هجري|هجرية|هجريه|ش|شمسي|شمسية)(?![\\p{L}]))';
const MILADI = '(?:\\s*م(?:يلادي|يلادية|يلاديه)?(?![\\p{L}]))';
const YEAR_WORD = `([وفبل]{0,3})(?:ال)?(?:عام|عامي|سنة|سنه|سنتي)\\s*${YEAR}${MILADI}?`;
const WITH_MILADI = `${YEAR}${MILADI}`;
const AFTER_PREPOSITION = `[وف]?(?:في|منذ|حتى|خلال|مطلع|اوائل|اواسط|منتصف|اواخر|بداية|نهاية|مستهل|قبل|بعد)\\s+${YEAR}(?=\\s*(?:[.،,؛:!?؟)\\]»"'-]|$))`;

export const arYear: DateRule = {
  name: 'arYear',
  gate: /(?:18|19|20|21)[0-9]{2}/,
  pattern: withBoundaries(`${YEAR_WORD}|${WITH_MILADI}|${AFTER_PREPOSITION}`),
  extract(context, match) {
    const proclitic = match[1]?.length ?? 0; // «وعام 2024»: the date starts after «و»
    const year = Number(match[2] ?? match[3] ?? match[4]);
    const result = context.createParsingResult((match.index ?? 0) + proclitic, match[0].slice(proclitic));
    result.start.assign('year', year).imply('month', 1).imply('day', 1);
    return result;
  },
};
