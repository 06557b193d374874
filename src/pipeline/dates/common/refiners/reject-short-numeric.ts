// chrono's slash/dot parser also accepts «10/3» and two-digit years («12-10-67» in a phone number):
// keep numeric dates only when they carry a four-digit year.
import { keepIf } from '../../rule';

export const rejectShortNumeric = keepIf(
  'rejectShortNumeric',
  (_context, result) => !result.start.tags().has('parser/SlashDateFormatParser') || /[0-9]{4}/.test(result.text),
);
