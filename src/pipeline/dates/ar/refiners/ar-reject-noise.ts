// Runs BEFORE chrono's own refiners and drops what chrono.ar finds but news does not mean as a date:
// - durations from its time-unit parsers («منذ سبعة أسابيع», «خلال أربع ساعات», «بعد يوم» in «يوما بعد يوم»),
//   except «قبل ثلاثة أيام» (N days ago);
// - a bare period word («العام» in «الأمين العام», «السنة» in «أهل السنة»): our arRelativePeriod handles these;
// - night words (chrono dates «الليلة الماضية» to the publication day): arCasualExtras handles these;
// - a weekday word without «ال» or «يوم» («أحد المسؤولين» = one of the officials, «اثنين» = two).
import { hasTag, isWeekdayOnly, keepIf, TAG } from '../../rule';

const BARE_PERIOD = /^(?:في\s+)?(?:(?:هذا|هذه)\s+)?(?:الشهر|الاسبوع|العام|السنة)$/u;
const DEFINITE_WEEKDAY = /(?:^|\s)ال(?:احد|اثنين|ثلاثاء|اربعاء|خميس|جمعة|سبت)(?![\p{L}])/u;

export const arRejectNoise = keepIf('arRejectNoise', (_context, result) => {
  if (hasTag(result, TAG.own)) return true;
  const { start } = result;
  if (result.tags().has('result/relativeDate')) {
    return /^قبل\s/u.test(result.text) && start.isCertain('weekday') && !start.isCertain('hour');
  }
  if (BARE_PERIOD.test(result.text) || result.text.includes('ليل')) return false;
  if (isWeekdayOnly(result)) {
    const core = result.text.replace(/^[\s,(（]+|[\s,)）]+$/gu, '');
    return /^يوم/u.test(core) || DEFINITE_WEEKDAY.test(core);
  }
  return true;
});
