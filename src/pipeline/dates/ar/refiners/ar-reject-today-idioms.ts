// «اليوم» is not always today: «اليوم التالي», «نفس اليوم» / «ذات اليوم» (the same day), «اليوم الموالي» (the next day), «اليوم الأول» (the first day), «اليوم
// الوطني» (national day), the outlets «روسيا اليوم», «المصري اليوم», «اليوم السابع», and the day a verb of beginning
// or ending takes as its object («واستهل الوزير اليوم بعقد جلسة مباحثات»: began the day with; the story's day).
import { keepIf } from '../../rule';

const NOT_TODAY_AFTER = new RegExp(
  '^\\s+(?:التالي|التالية|الموالي|الموالية|السابق|الاول|الثاني|الثالث|الرابع|الخامس|السادس|السابع|الثامن|التاسع|العاشر|الاخير|' +
    'نفسه|ذاته|الوطني|العالمي|الدولي|الذي|الموعود|المشهود)(?![\\p{L}])',
  'u',
);
const NOT_TODAY_BEFORE = /(?:روسيا|اخبار|المصري|(?<![\p{L}])(?:نفس|ذات))\s+$/u;
/** «استهل/بدأ/افتتح/اختتم … اليوم ب…»: the verb, up to twelve words before, and «ب» with what it began with after. */
const DAY_BEGUN_BEFORE = /(?:^|[^\p{L}])[وف]?(?:استهل|استهلت|بدا|بدات|افتتح|افتتحت|اختتم|اختتمت|ختم|ختمت)(?:\s+[^\s.،,؛]+){0,12}\s+$/u;
const DAY_BEGUN_AFTER = /^\s+ب\p{L}{3,}/u;

export const arRejectTodayIdioms = keepIf('arRejectTodayIdioms', (context, result) => {
  if (!result.start.tags().has('casualReference/today')) return true;
  const end = result.index + result.text.length;
  if (NOT_TODAY_AFTER.test(context.text.slice(end, end + 24))) return false;
  if (DAY_BEGUN_AFTER.test(context.text.slice(end, end + 12)) && DAY_BEGUN_BEFORE.test(context.text.slice(Math.max(0, result.index - 120), result.index))) return false;
  return !NOT_TODAY_BEFORE.test(context.text.slice(Math.max(0, result.index - 12), result.index));
});
