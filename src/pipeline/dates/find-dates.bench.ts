// Speed of findDates on typical Arabic passages from the corpus (about a third hold a date):
//   npx vitest bench --run src/pipeline/dates
import { bench, describe } from 'vitest';
import { findDates } from './find-dates';
import sentences from './find-dates.bench.json';

/** 10,000 timed calls after a warm-up (the JIT needs it: the first calls compile chrono's regexes). */
const OPTIONS = { iterations: 10_000, time: 0, warmupIterations: 3_000, warmupTime: 0 };

describe('findDates', () => {
  let i = 0;
  bench('one Arabic passage (~190 chars)', () => {
    const { text, published } = sentences[i++ % sentences.length];
    findDates(text, 'ar', published);
  }, OPTIONS);
  bench('one passage with no date trigger', () => {
    findDates('وأكد الجانبان على ضرورة تعزيز التعاون الثنائي في مختلف المجالات بما يخدم مصالح الشعبين الصديقين', 'ar', '2024-10-11');
  }, OPTIONS);
});
