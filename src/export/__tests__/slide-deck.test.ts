// The deck as PowerPoint reads it: slides, hyperlinked sources (web addresses only), right-to-left Arabic.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { Citation } from '../../briefing/citations';
import { loadFixture } from '../../test/fixtures';
import type { Picture } from '../render-sheet';
import { buildDeck, CITATIONS_PER_SLIDE, containBox, type DeckSlide } from '../slide-deck';

// A 1×1 transparent PNG.
const PIXEL: Picture = {
  dataUrl: 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  width: 1600,
  height: 1200,
};

const citation = (n: number, url: string | null, outlet = `Outlet ${n}`): Citation => ({
  n,
  documentId: `d${n}`,
  outlet,
  published: '2024-10-11',
  url,
  title: `Title ${n}`,
});

async function unzip(slides: DeckSlide[]) {
  const zip = await JSZip.loadAsync(await (await buildDeck(loadFixture(), slides, 'en')).arrayBuffer());
  const names = Object.keys(zip.files);
  const read = (name: string) => zip.file(name)!.async('string');
  return { names, read, slideCount: names.filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n)).length };
}

describe('buildDeck', () => {
  it('makes a title slide, then a slide per view with its picture, caption and numbered sources', async () => {
    const deck = await unzip([
      { title: 'Lavrov', caption: 'Who he met', lang: 'en', picture: PIXEL, citations: [citation(1, 'https://example.org/a?x=1&y=2')] },
    ]);
    expect(deck.slideCount).toBe(2);
    expect(await deck.read('ppt/slides/slide1.xml')).toContain('Lavrov'); // listed on the title slide
    const xml = await deck.read('ppt/slides/slide2.xml');
    expect(xml).toContain('Who he met');
    expect(xml).toContain('[1] ');
    expect(xml).toContain('Outlet 1');
    const rels = await deck.read('ppt/slides/_rels/slide2.xml.rels');
    expect(rels).toContain('Target="https://example.org/a?x=1&amp;y=2" TargetMode="External"');
    expect(rels).toMatch(/media\/image-2-1\.png/);
  });

  it('links only web addresses: a javascript: URL stays unlinked', async () => {
    const deck = await unzip([{ title: 'T', caption: '', lang: 'en', picture: PIXEL, citations: [citation(1, 'javascript:alert(1)')] }]);
    expect(await deck.read('ppt/slides/_rels/slide2.xml.rels')).not.toContain('javascript');
  });

  it('writes Arabic slides right to left', async () => {
    const deck = await unzip([{ title: 'لافروف', caption: 'تعليق', lang: 'ar', picture: PIXEL, citations: [citation(1, null, 'سانا')] }]);
    const xml = await deck.read('ppt/slides/slide2.xml');
    expect(xml).toContain('rtl="1"');
    expect(xml).toContain('سانا');
  });

  it('continues a long source list on further slides rather than cutting it', async () => {
    const many = Array.from({ length: CITATIONS_PER_SLIDE + 5 }, (_, i) => citation(i + 1, null));
    const deck = await unzip([{ title: 'Busy', caption: '', lang: 'en', picture: PIXEL, citations: many }]);
    expect(deck.slideCount).toBe(3);
    const more = await deck.read('ppt/slides/slide3.xml');
    expect(more).toContain(`[${CITATIONS_PER_SLIDE + 1}] `);
    expect(more).toContain(`[${CITATIONS_PER_SLIDE + 5}] `);
  });
});

describe('containBox', () => {
  it('fits a picture in a box keeping its shape, centred', () => {
    expect(containBox(PIXEL, 0, 0, 8, 8)).toEqual({ x: 0, y: 1, w: 8, h: 6 });
  });
});
