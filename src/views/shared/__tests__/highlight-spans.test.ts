import { describe, expect, it } from 'vitest';
import { toHighlightSpans, type Mark } from '../highlight-spans';

const m = (start: number, end: number, focus = false, actorId = 'a'): Mark => ({ start, end, actorId, via: 'full_name', focus });
const texts = (text: string, marks: Mark[]) => toHighlightSpans(text, marks).map((s) => (s.mark ? `[${s.text}]` : s.text)).join('');

describe('toHighlightSpans', () => {
  it.each([
    ['قال لافروف اليوم', [m(4, 10)], 'قال [لافروف] اليوم'],
    ['abcdef', [], 'abcdef'],
    ['abcdef', [m(0, 6)], '[abcdef]'],
    ['abcdef', [m(4, 6), m(0, 2)], '[ab]cd[ef]'],
    ['abcdef', [m(1, 4), m(2, 5)], 'a[bcd]ef'], // overlap: earlier wins
    ['abcdef', [m(1, 3), m(1, 5, true)], 'a[bcde]f'], // same start: the focused wins
    ['abc', [m(2, 99)], 'ab[c]'], // clipped
    ['abc', [m(5, 9)], 'abc'],
    ['', [], ''],
  ])('%s', (text, marks, expected) => {
    expect(texts(text, marks)).toBe(expected);
  });
});
