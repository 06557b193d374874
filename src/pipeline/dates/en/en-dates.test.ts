import { runDateTable } from '../date-table';

const FRI = '2024-10-11'; // a Friday

describe('English dates', () => {
  runDateTable('en', [
    ['Lavrov spoke with Araghchi on March 10, officials said', FRI, ['2024-03-10 explicit «March 10»']],
    ['The talks took place on 10 March 2026 in Moscow', '2026-03-12', ['2026-03-10 explicit']],
    ['MOSCOW, March 10 (Reuters) -', '2026-03-12', ['2026-03-10 explicit']],
    ['on Tuesday, March 10, 2026, the ministers met', '2026-03-11', ['2026-03-10 explicit']],
    ['published 10.03.2026 by TASS', '2026-03-11', ['2026-03-10 explicit']],
    ['as of 2024-10-11', FRI, ['2024-10-11 explicit']],
    ['They met last Thursday', FRI, ['2024-10-10 relative «last Thursday»']],
    ['They met on Thursday', FRI, ['2024-10-10 relative «on Thursday»']],
    ['They met on Friday', FRI, ['2024-10-11 relative']],
    ['He said yesterday', FRI, ['2024-10-10 relative «yesterday»']],
    ['He said today', FRI, ['2024-10-11 relative']],
    ['The strike happened three days ago', FRI, ['2024-10-08 relative']],
    ['Haniyeh was killed in Tehran in July', FRI, ['2024-07 explicit «July»']],
    // chrono reads "early May" followed by a word as the verb: enPartOfMay.
    ['The envoy was in Doha in early May as the talks stalled', FRI, ['2024-05 explicit «early May»']],
    ['They spoke again in mid-May when the truce frayed', FRI, ['2024-05 explicit «mid-May»']],
    ['He visited Cairo in late May 2022 after the vote', FRI, ['2022-05 explicit «late May 2022»']],
    ['It may as well be late', FRI, []],
    // "the end of" a month or a year gives that period, not its last day (as «نهاية سبتمبر» does).
    ['The two leaders last spoke towards the end of August', FRI, ['2024-08 explicit «end of August»']],
    ['Envoys met in Geneva by the end of last month', FRI, ['2024-09 relative «end of last month»']],
    ['A first round was held at the end of last year', FRI, ['2023 relative «end of last year»']],
    // …and "the end of the year" is the publication's year: enEndOfYear.
    ['He is expected in Ankara before the end of the year', FRI, ['2024 relative «the end of the year»']],
    ['The council should meet by the end of this year', FRI, ['2024 relative «the end of this year»']],
    // chrono drops a "May" not after "in"; one listed beside other months is the month: enMayInMonthList.
    ['The envoys met in February, May and August to prepare it', FRI, ['2024-02 explicit «February»', '2024-05 explicit «May»', '2024-08 explicit «August»']],
    ['Talks held in April or May ended without a deal', FRI, ['2024-04 explicit «April»', '2024-05 explicit «May»']],
    ['They said May and September would be decisive', FRI, ['2024-05 explicit «May»', '2024-09 explicit «September»']],
    ['Officials may meet in January, said May Harris', FRI, ['2024-01 explicit «January»']],
    ['in December', FRI, ['2023-12 explicit']],
    ['last month', FRI, ['2024-09 relative']],
    ['last year', FRI, ['2023 relative']],
    ['last week', FRI, ['2024-09-30..2024-10-06 relative «last week»']],
    ['this week', FRI, ['2024-10-07..2024-10-13 relative']],
    ['the deal signed in 2024.', FRI, ['2024 explicit «in 2024»']],
    ['earlier this month', FRI, ['2024-10 relative «this month»']],
    ['earlier this month', null, []],
    ['He said yesterday', null, []],
    ['on March 10', null, []],
    ['on March 10, 2026', null, ['2026-03-10 explicit']],
  ]);
});
