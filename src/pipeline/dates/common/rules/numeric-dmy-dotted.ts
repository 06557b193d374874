// «10.03.2026»: with dots a numeric date is day first, also in English text (where chrono.en reads
// slashes month first, "10/03/2026" = October 3, as US writers do).
import type { DateRule } from '../../rule';
import { isValidYmd } from '../../calendar';
import { LEFT } from '../../boundaries';

export const numericDmyDotted: DateRule = {
  name: 'numericDmyDotted',
  gate: /[0-9]/,
  pattern: new RegExp(`${LEFT}([0-9]{1,2})\\.([0-9]{1,2})\\.((?:19|20|21)[0-9]{2})(?![0-9]|[.\\-/][0-9])`, 'u'),
  extract(context, match) {
    const day = { y: Number(match[3]), m: Number(match[2]), d: Number(match[1]) };
    if (!isValidYmd(day)) return null;
    return context.createParsingComponents({ year: day.y, month: day.m, day: day.d });
  },
};
