import { beforeEach, describe, expect, it } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import DocumentReader from '../document-reader';
import { loadStore } from '../../../test/render-with-store';
import { runPipeline } from '../../../pipeline/run-pipeline';

/** An article pasted from a news page: a related-stories block and a credit line around its report. */
const PASTED = [
  'عمّان - استقبل العاهل الأردني الملك عبدالله الثاني، اليوم الأحد، الرئيس المصري عبد الفتاح السيسي في العقبة.',
  'مواضيع ذات صلة',
  'بن سلمان يتلقى اتصالا من أردوغان',
  'وتناول اللقاء تطورات الأوضاع في غزة.',
  'بقلم: سامر الخطيب',
].join('\n');

function pastedDataset() {
  const manifest = JSON.stringify([{ file: 'a.txt', title: 'لقاء العقبة', source: 'S', url: null, published: '2025-03-02', language: 'ar' }]);
  return runPipeline([{ name: 'a.txt', bytes: new TextEncoder().encode(PASTED) }], manifest).dataset;
}

let store: ReturnType<typeof loadStore>;
beforeEach(() => {
  store = loadStore(pastedDataset());
});

describe('DocumentReader', () => {
  it('greys the lines the pipeline left out (the page\'s residue), with why, and keeps the article\'s own as they are', () => {
    const docId = store.getState().dataset!.documents[0].id;
    act(() => store.getState().openDocument(docId));
    render(<DocumentReader />);
    const greyed = [...document.querySelectorAll<HTMLElement>('.reader-text .left-out')];
    expect(greyed.map((e) => e.textContent)).toEqual(['مواضيع ذات صلة', 'بن سلمان يتلقى اتصالا من أردوغان', 'بقلم: سامر الخطيب']);
    expect(greyed[0]).toHaveAttribute('title', 'Left out of the analysis: a line of the web page, not of the article, or a repeat');
    expect(document.querySelector('.reader-text')!.textContent).toBe(PASTED);
    // The article's report is read: its two are marked.
    expect([...document.querySelectorAll('.reader-text mark.mention')].map((m) => m.textContent)).toEqual(['الملك عبدالله الثاني', 'عبد الفتاح السيسي']);
    expect(screen.getByText('Greyed lines')).toBeInTheDocument();
  });
});
