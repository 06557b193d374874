import { describe, expect, it } from 'vitest';
import { labelsWithoutOverlap, type LabelBox } from '../label-declutter';
import { stretchFor } from '../stretch-layout';

const box = (id: string, x: number, y: number, priority: number, w = 60, h = 14): LabelBox => ({ id, x1: x, y1: y, x2: x + w, y2: y + h, priority });

describe('labelsWithoutOverlap', () => {
  it('keeps the more important of two colliding labels and every label that collides with none', () => {
    const kept = labelsWithoutOverlap([box('ashtiani', 10, 10, 3), box('shoigu', 40, 15, 9), box('putin', 300, 10, 18)]);
    expect([...kept].sort()).toEqual(['putin', 'shoigu']);
  });
  it('a label pushed out does not push out a third one (only drawn labels count)', () => {
    const kept = labelsWithoutOverlap([box('a', 0, 0, 3), box('b', 50, 0, 2), box('c', 100, 0, 1)]);
    expect([...kept].sort()).toEqual(['a', 'c']);
  });
  it('labels that merely touch are kept apart too', () => {
    expect(labelsWithoutOverlap([box('a', 0, 0, 2), box('b', 61, 0, 1)]).size).toBe(1);
    expect(labelsWithoutOverlap([box('a', 0, 0, 2), box('b', 63, 0, 1)]).size).toBe(2);
  });
  it('no two kept labels overlap, on 500 labels scattered at random', () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const boxes = Array.from({ length: 500 }, (_, i) => box(`n${i}`, rand() * 2000, rand() * 1000, rand() * 50, 40 + rand() * 80));
    const kept = boxes.filter((b) => labelsWithoutOverlap(boxes).has(b.id));
    for (const a of kept) for (const b of kept) if (a !== b) expect(a.x1 < b.x2 + 2 && b.x1 < a.x2 + 2 && a.y1 < b.y2 + 2 && b.y1 < a.y2 + 2).toBe(false);
    expect(kept.length).toBeGreaterThan(50);
  });
});

describe('stretchFor', () => {
  it('widens a square layout to a 1280×720 projector’s graph pane, up to 2.5 times', () => {
    expect(stretchFor({ w: 400, h: 400 }, { w: 752, h: 283 })).toBe(2.5);
    expect(stretchFor({ w: 615, h: 692 }, { w: 752, h: 283 })).toBe(2.5);
    expect(stretchFor({ w: 400, h: 300 }, { w: 800, h: 480 })).toBeCloseTo(1.3);
  });
  it('never narrows a layout, and ignores empty extents', () => {
    expect(stretchFor({ w: 400, h: 100 }, { w: 400, h: 400 })).toBe(1);
    expect(stretchFor({ w: 0, h: 0 }, { w: 400, h: 400 })).toBe(1);
  });
});
