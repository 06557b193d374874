// «2026/03/10», «2026.03.10»: year first with a slash or dot (chrono's ISO parser only takes dashes).
import type { DateRule } from '../../rule';
import { isValidYmd } from '../../calendar';
import { LEFT } from '../../boundaries';

export const numericYmd: DateRule = {
  name: 'numericYmd',
  gate: /[0-9]/,
  pattern: new RegExp(`${LEFT}((?:19|20|21)[0-9]{2})([/.])([0-9]{1,2})\\2([0-9]{1,2})(?![0-9]|[/.\\-][0-9])`, 'u'),
  extract(context, match) {
    const day = { y: Number(match[1]), m: Number(match[3]), d: Number(match[4]) };
    if (!isValidYmd(day)) return null;
    return context.createParsingComponents({ year: day.y, month: day.m, day: day.d });
  },
};
