// Correcting mentions from the words of a passage, on the real dataset: a selection's offsets in the passage's own
// text, and the correction each choice records in the store.
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import PassagePanel from '../../passages/passage-panel';
import DocumentReader from '../../reader/document-reader';
import { loadStore } from '../../../test/render-with-store';
import { loadRealDataset } from '../../../test/fixtures';
import { isolate } from '../../../i18n/bidi';
import i18n from '../../../i18n/i18n';
import type { Dataset } from '../../../schema/dataset';

const IRAVANI_PASSAGE = '004_01f64be52bd482f2:p24';
const BORISENKO_PASSAGE = '003_642b06d6276772ac:p6';

let dataset: Dataset;
let store: ReturnType<typeof loadStore>;
beforeAll(() => {
  dataset = loadRealDataset();
});
beforeEach(() => {
  store = loadStore(dataset);
  window.getSelection()?.removeAllRanges();
});

function passageText(passageId: string): HTMLElement {
  return document.querySelector<HTMLElement>(`[data-passage="${passageId}"] .passage-text`)!;
}

/** The text node of the run starting at `start` (a rendered span or mark). */
function runText(root: Element, start: number): Node {
  return root.querySelector(`[data-start="${start}"]`)!.firstChild!;
}

/** Selects with the mouse from (node, offset) to (node, offset), as a drag leaves it, and lets the button go. */
function drag(root: Element, from: [Node, number], to: [Node, number]) {
  fireEvent.mouseDown(root);
  const range = document.createRange();
  range.setStart(...from);
  range.setEnd(...to);
  act(() => {
    window.getSelection()!.removeAllRanges();
    window.getSelection()!.addRange(range);
  });
  fireEvent.mouseUp(document.body); // released past the text's end
}

/** In p24 «وقال أمير إيرواني الممثل…»: from the space before the name (in the plain run) to the space after it. */
function selectIravaniWithSpaces() {
  act(() => store.getState().selectActor('iravani'));
  render(<PassagePanel />);
  const root = passageText(IRAVANI_PASSAGE);
  expect(root.querySelector('mark[data-start="5"]')).toHaveTextContent('أمير إيرواني');
  drag(root, [runText(root, 0), 4], [runText(root, 17), 1]);
  return root;
}

describe('selecting words of a passage', () => {
  it('maps a selection across the runs of an Arabic passage to 5–17 of its text, without the spaces around', () => {
    selectIravaniWithSpaces();
    expect(screen.getByRole('dialog', { name: `Selected words «${isolate('أمير إيرواني')}»` })).toBeInTheDocument();
  });

  it('records a mention of Lavrov there: a mention via ‘analyst’ in the store’s dataset, and a toast', () => {
    const root = selectIravaniWithSpaces();
    fireEvent.click(screen.getByRole('button', { name: 'Mention of…' }));
    fireEvent.change(screen.getByRole('searchbox', { name: 'Find a person' }), { target: { value: 'لافروف' } });
    fireEvent.click(screen.getByRole('button', { name: /^Sergei Lavrov/ }));

    const mention = { passageId: IRAVANI_PASSAGE, start: 5, end: 17, text: 'أمير إيرواني', actorId: 'lavrov' };
    expect(store.getState().corrections.map(({ kind, ...c }) => ({ kind, mention: 'mention' in c ? c.mention : null }))).toEqual([
      { kind: 'mention.add', mention },
    ]);
    expect(store.getState().dataset!.mentions.filter((m) => m.passageId === IRAVANI_PASSAGE && m.actorId === 'lavrov')).toEqual([
      { actorId: 'lavrov', passageId: IRAVANI_PASSAGE, start: 5, end: 17, via: 'analyst' },
    ]);
    expect(store.getState().notices.map((n) => n.text)).toEqual(['Correction saved — undo in Corrections']);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(root);
  });

  it('reports a missed event from the passage', () => {
    selectIravaniWithSpaces();
    fireEvent.click(screen.getByRole('button', { name: 'Report a missed event from this passage' }));
    expect(store.getState().editing).toEqual({ kind: 'newEvent', passageIds: [IRAVANI_PASSAGE] });
    expect(store.getState().corrections).toEqual([]);
  });

  it('selects with Shift+arrows in the text’s direction (left in Arabic), a word at a time with Ctrl, then Enter goes to the choices', () => {
    act(() => store.getState().selectActor('iravani'));
    render(<PassagePanel />);
    const root = passageText(IRAVANI_PASSAGE);
    act(() => root.focus());
    fireEvent.keyDown(root, { key: 'ArrowLeft', shiftKey: true, ctrlKey: true });
    expect(screen.getByRole('dialog', { name: `Selected words «${isolate('وقال')}»` })).toBeInTheDocument();
    fireEvent.keyDown(root, { key: 'ArrowLeft', shiftKey: true, ctrlKey: true });
    fireEvent.keyDown(root, { key: 'ArrowLeft', shiftKey: true, ctrlKey: true });
    fireEvent.keyDown(root, { key: 'ArrowRight', shiftKey: true });
    expect(window.getSelection()!.toString()).toBe('وقال أمير إيروان');
    expect(screen.getByRole('dialog', { name: `Selected words «${isolate('وقال أمير إيروان')}»` })).toBeInTheDocument();
    fireEvent.keyDown(root, { key: 'Enter' });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Mention of…' }));
    act(() => root.focus());
    for (let i = 0; i < 3; i++) fireEvent.keyDown(root, { key: 'ArrowRight', shiftKey: true, ctrlKey: true });
    expect(window.getSelection()!.isCollapsed).toBe(true);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('speaks Arabic in an Arabic interface, the toast too', async () => {
    await act(() => i18n.changeLanguage('ar'));
    try {
      selectIravaniWithSpaces();
      expect(screen.getByRole('dialog', { name: `الكلمات المحدّدة «${isolate('أمير إيرواني')}»` })).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'الإبلاغ عن حدث فات رصده في هذا المقطع' })).toBeInTheDocument();
      fireEvent.click(screen.getByRole('button', { name: 'إشارة إلى…' }));
      fireEvent.change(screen.getByRole('searchbox', { name: 'ابحث عن شخص' }), { target: { value: 'Lavrov' } });
      fireEvent.keyDown(screen.getByRole('searchbox'), { key: 'Enter' });
      expect(store.getState().notices.map((n) => n.text)).toEqual(['حُفظ التصحيح — يمكنك التراجع عنه في قائمة التصحيحات']);
    } finally {
      await act(() => i18n.changeLanguage('en'));
    }
  });

  it('Escape closes the choices and keeps the app’s selection', () => {
    selectIravaniWithSpaces();
    fireEvent.keyDown(screen.getByRole('button', { name: 'Mention of…' }), { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(store.getState().selection).toEqual({ kind: 'actor', id: 'iravani' });
  });
});

describe('correcting a recognised mention', () => {
  function openBorisenko() {
    act(() => store.getState().selectActor('borisenko'));
    render(<PassagePanel />);
    const mark = passageText(BORISENKO_PASSAGE).querySelector<HTMLElement>('mark[data-actor="borisenko"]')!;
    expect(mark).toHaveTextContent('غيورغي بوريسينكو');
    act(() => mark.focus());
    fireEvent.keyDown(mark, { key: 'Enter' });
    return screen.getByRole('dialog', { name: `«${isolate('غيورغي بوريسينكو')}», taken for ${isolate('Georgy Borisenko')}` });
  }
  const borisenko = { passageId: BORISENKO_PASSAGE, start: 92, end: 108, text: 'غيورغي بوريسينكو', actorId: 'borisenko' };

  it('“Not a mention of” removes it (92–108 of the passage)', () => {
    const dialog = openBorisenko();
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: `Not a mention of ${isolate('Georgy Borisenko')}` }));
    fireEvent.click(within(dialog).getByRole('button', { name: /^Not a mention of/ }));
    expect(store.getState().corrections).toMatchObject([{ kind: 'mention.remove', mention: borisenko }]);
    expect(store.getState().dataset!.mentions.filter((m) => m.passageId === BORISENKO_PASSAGE && m.actorId === 'borisenko')).toEqual([]);
  });

  it('“Another person…” gives it to a new person named in both languages', () => {
    const dialog = openBorisenko();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Another person…' }));
    fireEvent.change(screen.getByRole('searchbox', { name: 'Find a person' }), { target: { value: 'George Borisenko' } });
    fireEvent.click(screen.getByRole('button', { name: 'A new person…' }));
    expect(screen.getByLabelText('Name in English')).toHaveValue('George Borisenko');
    expect(screen.getByLabelText('Name in Arabic')).toHaveValue('غيورغي بوريسينكو');
    fireEvent.click(screen.getByRole('button', { name: 'Add this person' }));
    expect(store.getState().corrections).toMatchObject([
      { kind: 'actor.split', mention: borisenko, to: null, name: { en: 'George Borisenko', ar: 'غيورغي بوريسينكو' } },
    ]);
  });

  it('“Another person…” gives it to an actor of the dataset', () => {
    const dialog = openBorisenko();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Another person…' }));
    fireEvent.change(screen.getByRole('searchbox', { name: 'Find a person' }), { target: { value: 'Lavrov' } });
    fireEvent.keyDown(screen.getByRole('searchbox'), { key: 'Enter' });
    expect(store.getState().corrections).toMatchObject([{ kind: 'actor.split', mention: borisenko, to: 'lavrov' }]);
    expect(store.getState().dataset!.mentions.filter((m) => m.passageId === BORISENKO_PASSAGE).map((m) => m.actorId)).toContain('lavrov');
  });

  it('a mention the analyst added is marked so, and “Not a mention of” takes the addition back', () => {
    const words = 'الدائم لإيران';
    expect(dataset.passages.find((p) => p.id === IRAVANI_PASSAGE)!.text.indexOf(words)).toBe(25);
    act(() => {
      store.getState().correct({ kind: 'mention.add', mention: { passageId: IRAVANI_PASSAGE, start: 25, end: 38, text: words, actorId: 'lavrov' } });
      store.getState().selectActor('lavrov');
    });
    render(<PassagePanel />);
    const added = passageText(IRAVANI_PASSAGE).querySelector<HTMLElement>('mark.via-analyst')!;
    expect(added).toHaveTextContent(words);
    expect(added.title).toBe(`${isolate(`${isolate('Sergei Lavrov')} · ${isolate('سيرغي لافروف')}`)} — added by the analyst`);
    fireEvent.click(added);
    fireEvent.click(screen.getByRole('button', { name: /^Not a mention of/ }));
    expect(screen.queryByRole('button', { name: 'Another person…' })).toBeNull();
    expect(store.getState().corrections).toEqual([]);
  });
});

describe('in the article reader', () => {
  it('a selection in a passage records the mention in that passage’s own offsets, and a mark can be removed', () => {
    const passage = dataset.passages.find((p) => p.id === BORISENKO_PASSAGE)!;
    act(() => store.getState().openDocument(passage.documentId, passage.id));
    render(<DocumentReader />);
    const root = document.querySelector('.reader-text')!;
    const mark = root.querySelector<HTMLElement>(`mark[data-start="${passage.start + 92}"]`)!;
    expect(mark).toHaveTextContent('غيورغي بوريسينكو');
    fireEvent.click(mark);
    fireEvent.click(screen.getByRole('button', { name: /^Not a mention of/ }));
    expect(store.getState().corrections).toMatchObject([{ kind: 'mention.remove', mention: { passageId: BORISENKO_PASSAGE, start: 92, end: 108, actorId: 'borisenko' } }]);

    const words = 'نائب وزير الخارجية';
    const at = passage.text.indexOf(words);
    const run = [...document.querySelectorAll<HTMLElement>('.reader-text [data-start]')].findLast((r) => Number(r.dataset.start) <= passage.start + at)!;
    const from = passage.start + at - Number(run.dataset.start);
    drag(document.querySelector('.reader-text')!, [run.firstChild!, from], [run.firstChild!, from + words.length]);
    fireEvent.click(screen.getByRole('button', { name: 'Mention of…' }));
    fireEvent.change(screen.getByRole('searchbox', { name: 'Find a person' }), { target: { value: 'بوريسينكو' } });
    fireEvent.click(screen.getByRole('button', { name: /^Georgy Borisenko/ }));
    expect(store.getState().corrections[1]).toMatchObject({ kind: 'mention.add', mention: { passageId: BORISENKO_PASSAGE, start: at, end: at + words.length, text: words, actorId: 'borisenko' } });
  });
});
