// «في مارس ومايو ويونيو»: the months of a list after the first are written glued to «و», which chrono does not read
// as a month. One is a month only as an item of a list: right after another month name (a comma allowed), so that
// «ومارس الضغط» ("and exerted pressure") stays a verb. The list is checked on the whole text (chrono scans what
// follows its last result, and a lookbehind would not see the month before). «ومارس» after a month is the verb as
// often as the month («في يناير، ومارس الضغط»): it is the month only where a list's item ends (punctuation, a year, a
// modifier, another month).
import { anyOf, RIGHT } from '../../boundaries';
import type { DateRule } from '../../rule';
import { MODIFIER, MONTH_NUMBERS } from '../constants';

const NAMES = anyOf(Object.keys(MONTH_NUMBERS));
/** What a list's month before this one ends with: its name, a year or a modifier after it, a comma. */
const MONTH_BEFORE = new RegExp(`${NAMES}(?:\\s+(?:19|20)[0-9]{2})?\\s*[،,]?\\s*$`, 'u');
/** Where a list's item ends: what «ومارس» must be followed by to be the month. */
const ITEM_ENDS = new RegExp(`^(?:\\s*(?:[.,،;؛:)]|$)|\\s+(?:(?:19|20)[0-9]{2}|(?:${MODIFIER}|الماضيين|المقبلين|القادمين)${RIGHT}|و${NAMES}${RIGHT}))`, 'u');

export const arListedMonth: DateRule = {
  name: 'arListedMonth',
  gate: new RegExp(`و${NAMES}`, 'u'),
  pattern: new RegExp(`و(${NAMES})${RIGHT}`, 'u'),
  extract(context, match) {
    const at = match.index ?? 0;
    if (!MONTH_BEFORE.test(context.text.slice(Math.max(0, at - 30), at))) return null;
    const name = match[1];
    if (name === 'مارس' && !ITEM_ENDS.test(context.text.slice(at + match[0].length, at + match[0].length + 20))) return null;
    const result = context.createParsingResult(at + 1, name);
    result.start.assign('month', MONTH_NUMBERS[name.replace(/\s+/g, ' ')]).imply('day', 1);
    return result;
  },
};
