// The exported sheet: heading, pictures and numbered sources, corpus text always as text.
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ViewSheet } from '../../views/export/view-sheet';

const sheet = (over: Partial<Parameters<typeof ViewSheet>[0]> = {}) => (
  <ViewSheet
    format="page"
    lang="en"
    theme="light"
    heading={{ title: 'Lavrov <b>bold</b>', caption: 'A caption', period: '1 Jan 2024 – 2 Feb 2024', exported: 'Exported on 3 Mar 2026' }}
    timeline
    graph="data:image/png;base64,BBBB"
    linkNote={null}
    citations={[
      { n: 1, documentId: 'd1', outlet: 'SANA <img src=x onerror=alert(1)>', published: '2024-01-15', url: 'https://example.org/story', title: 'عنوان' },
      { n: 2, documentId: 'd2', outlet: null, published: null, url: 'javascript:alert(1)', title: null },
    ]}
    {...over}
  />
);

describe('ViewSheet', () => {
  it('shows the heading, room for the timeline, the graph picture and the numbered sources with whole web addresses', () => {
    const { container } = render(sheet());
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Lavrov <b>bold</b>');
    expect(screen.getByText('A caption')).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Timeline of events' })).toHaveClass('view-sheet-timeline');
    expect(screen.getByAltText('Actor graph')).toBeInTheDocument();
    const items = [...container.querySelectorAll('.export-sources li')].map((li) => li.textContent);
    expect(items[0]).toContain('[1]');
    expect(items[0]).toContain('SANA <img src=x onerror=alert(1)>');
    expect(items[0]).toContain('https://example.org/story');
    expect(items[1]).toContain('[2]');
    expect(container.querySelectorAll('b, .export-sources img')).toHaveLength(0);
    expect(container.querySelector('a[href^="javascript"]')).toBeNull();
  });

  it('says under the sources what the analyst corrected of the view, as text', () => {
    const { container } = render(sheet({ corrections: ['Corrected by analyst: Date: 10 Mar 2026 → 9 Mar 2026, <i>Monday</i>'] }));
    expect([...container.querySelectorAll('.export-sources .export-correction')].map((p) => p.textContent)).toEqual([
      'Corrected by analyst: Date: 10 Mar 2026 → 9 Mar 2026, <i>Monday</i>',
    ]);
    expect(container.querySelector('.export-sources i')).toBeNull();
  });

  it('is a picture alone for a slide, right to left in Arabic', () => {
    const { container } = render(sheet({ format: 'slide', heading: null, citations: null, timeline: false, lang: 'ar' }));
    const root = container.querySelector('.view-sheet')!;
    expect(root).toHaveAttribute('dir', 'rtl');
    expect(container.querySelector('h1, .export-sources')).toBeNull();
    expect(container.querySelectorAll('img')).toHaveLength(1);
  });

  it('says under the graph how many links it draws when not all', () => {
    const { container } = render(sheet({ linkNote: '300 of 5000 links drawn: the strongest, and all of the selection’s.' }));
    expect(container.querySelector('.view-sheet-graph figcaption')).toHaveTextContent('300 of 5000 links drawn');
    expect(render(sheet()).container.querySelector('figcaption')).toBeNull();
  });
});
