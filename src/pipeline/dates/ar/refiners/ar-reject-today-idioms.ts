// «اليوم» is not always today: «اليوم التالي», «اليوم الموالي» (the next day), «اليوم الأول» (the first day), «اليوم
// الوطني» (national day), the outlets «روسيا اليوم», «المصري اليوم», «اليوم السابع».
import { keepIf } from '../../rule';

const NOT_TODAY_AFTER = new RegExp(
  '^\\s+(?:التالي|التالية|الموالي|الموالية|السابق|الاول|الثاني|الثالث|الرابع|الخامس|السادس|السابع|الثامن|التاسع|العاشر|الاخير|' +
    'نفسه|ذاته|الوطني|العالمي|الدولي|الذي|الموعود|المشهود)(?![\\p{L}])',
  'u',
);
const NOT_TODAY_BEFORE = /(?:روسيا|اخبار|المصري)\s+$/u;

export const arRejectTodayIdioms = keepIf('arRejectTodayIdioms', (context, result) => {
  if (!result.start.tags().has('casualReference/today')) return true;
  const end = result.index + result.text.length;
  if (NOT_TODAY_AFTER.test(context.text.slice(end, end + 24))) return false;
  return !NOT_TODAY_BEFORE.test(context.text.slice(Math.max(0, result.index - 12), result.index));
});
