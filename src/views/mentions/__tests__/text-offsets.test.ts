// From DOM boundaries to offsets of the text, through the runs' data-start, and the keyboard's steps.
import { describe, expect, it } from 'vitest';
import { boundaryOffset, pointAt, selectionOffsets, stepOffset, trimSpan } from '../text-offsets';

/** «قال مُحَمَّد، ثم» rendered as HighlightedText does: a plain run, a mark, a plain run. */
function rendered(): { root: HTMLElement; text: string } {
  const text = 'قال مُحَمَّد، ثم';
  const root = document.createElement('div');
  const runs: [string, number, number][] = [['span', 0, 4], ['mark', 4, 12], ['span', 12, text.length]];
  for (const [tag, start, end] of runs) {
    const el = document.createElement(tag);
    el.dataset.start = String(start);
    el.textContent = text.slice(start, end);
    root.append(el);
  }
  document.body.append(root);
  return { root, text };
}

describe('text offsets', () => {
  it('counts a boundary inside a run, on a run, and between runs', () => {
    const { root } = rendered();
    const mark = root.children[1];
    expect(boundaryOffset(root, mark.firstChild!, 3)).toBe(7);
    expect(boundaryOffset(root, mark, 0)).toBe(4);
    expect(boundaryOffset(root, mark, 1)).toBe(12);
    expect(boundaryOffset(root, root, 2)).toBe(12);
    expect(boundaryOffset(root, root, 3)).toBe(16);
  });

  it('keeps combining marks with their letter and trims the Arabic comma and spaces from a selection', () => {
    const { root, text } = rendered();
    const [from, to] = [pointAt(root, 3)!, pointAt(root, 13)!];
    const range = document.createRange();
    range.setStart(...from);
    range.setEnd(...to);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    const span = selectionOffsets(root, document.getSelection())!;
    expect(span).toEqual({ start: 3, end: 13 });
    const trimmed = trimSpan(text, span.start, span.end);
    expect(text.slice(trimmed.start, trimmed.end)).toBe('مُحَمَّد');
    expect(stepOffset(text, 4, true, false)).toBe(6); // م with its damma
    expect(stepOffset(text, 6, false, false)).toBe(4);
    expect(stepOffset(text, 0, true, true)).toBe(3);
    expect(stepOffset(text, 3, true, true)).toBe(12);
    expect(stepOffset(text, 12, false, true)).toBe(4);
  });

  it('trims quotes and guillemets, and nothing from a word', () => {
    expect(trimSpan('قال «بوتين»: نعم', 4, 12)).toEqual({ start: 5, end: 10 });
    expect(trimSpan('Putin', 0, 5)).toEqual({ start: 0, end: 5 });
    expect(trimSpan(' , ', 0, 3)).toEqual({ start: 3, end: 3 });
  });
});
