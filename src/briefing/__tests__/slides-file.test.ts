import { describe, expect, it } from 'vitest';
import { getInitialState } from '../../store/initial-state';
import { captureView } from '../../store/view-state';
import { parseSlidesFile, SlidesFileError, toSlidesFile } from '../slides-file';
import type { Slide } from '../slides-store';

const slide: Slide = {
  id: 's1',
  title: 'Ashgabat',
  caption: 'لقاء عشق آباد',
  view: { ...captureView(getInitialState()), timeWindow: { start: 1, end: 2 }, selection: { kind: 'edge', source: 'putin', target: 'pezeshkian' } },
};

describe('the slides file', () => {
  it('reads back what it writes', () => {
    expect(parseSlidesFile(toSlidesFile([slide]))).toEqual([slide]);
  });

  it.each([
    ['not JSON', '{ "slides": [', /^notes\.json is not JSON/],
    ['another format', JSON.stringify({ format: 'other', version: 1, slides: [] }), /format/],
    ['a newer version', JSON.stringify({ format: 'actors-events/slides', version: 2, slides: [] }), /version/],
    ['a slide without a title', JSON.stringify({ format: 'actors-events/slides', version: 1, slides: [{ ...slide, title: undefined }] }), /slides\[0\]\.title/],
    [
      'a window that ends before it starts',
      JSON.stringify({ format: 'actors-events/slides', version: 1, slides: [{ ...slide, view: { ...slide.view, timeWindow: { start: 5, end: 1 } } }] }),
      /time window must end after it starts.*slides\[0\]\.view\.timeWindow/i,
    ],
    [
      'an unknown event type',
      JSON.stringify({ format: 'actors-events/slides', version: 1, slides: [{ ...slide, view: { ...slide.view, hiddenEventTypes: ['party'] } }] }),
      /hiddenEventTypes\[0\]/,
    ],
  ])('refuses %s with a message naming the problem', (_, text, message) => {
    expect(() => parseSlidesFile(text, 'notes.json')).toThrow(SlidesFileError);
    expect(() => parseSlidesFile(text, 'notes.json')).toThrow(message);
  });
});
