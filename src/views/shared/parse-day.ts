// What a date field accepts: the day as the app writes it in either language ('2 Apr 2026', «2 أبريل 2026»), with
// full or short month names, the Levantine month names Syrian and Lebanese outlets use (نيسان), Arabic-Indic digits,
// an ISO day (2026-04-02) or a day-first numeric date (2/4/2026, as the app's own order reads). Anything else, or a
// day its month does not have, is not a day.
import { MONTH_NAMES } from '../../i18n/calendar-names';
import { normalizeArabic } from '../../pipeline/normalize/normalize-arabic';

const LEVANTINE_MONTHS = ['كانون الثاني', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين الأول', 'تشرين الثاني', 'كانون الأول'];

let monthByName: Map<string, number> | null = null;

/** Normalised month name → month number (1–12), built on first use. */
function months(): Map<string, number> {
  if (monthByName) return monthByName;
  monthByName = new Map();
  const lists = [MONTH_NAMES.en.long, MONTH_NAMES.en.short, MONTH_NAMES.ar.long, LEVANTINE_MONTHS, ['Sept']];
  for (const list of lists) list.forEach((name, i) => monthByName!.set(normalizeArabic(name), name === 'Sept' ? 9 : i + 1));
  return monthByName;
}

const isoDay = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

function validDay(year: number, month: number | undefined, day: number): string | null {
  if (!month || year < 1000 || year > 9999 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth ? isoDay(year, month, day) : null;
}

/** A typed date as an ISO day ('2026-04-02'), or null when it is not one. */
export function parseDay(text: string): string | null {
  // Normalised: hamza forms, diacritics, bidi marks, digits and case; commas (Arabic ones too) are spaces.
  const s = normalizeArabic(text).replace(/,/g, ' ').replace(/\s+/g, ' ').trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) return validDay(+m[1], +m[2], +m[3]);
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (m) return validDay(+m[3], +m[2], +m[1]);
  m = /^(\d{1,2}) (\D+?) (\d{4})$/.exec(s);
  if (m) return validDay(+m[3], months().get(m[2]), +m[1]);
  m = /^(\D+?) (\d{1,2}) (\d{4})$/.exec(s); // 'April 2, 2026'
  if (m) return validDay(+m[3], months().get(m[1]), +m[2]);
  return null;
}
