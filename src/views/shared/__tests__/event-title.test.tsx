// Titles and labels that set a name of one script into a line of the other: the interface's words, the names in
// the names' language, each name isolated.
import { afterEach, describe, expect, it } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import i18n from '../../../i18n/i18n';
import { buildDatasetIndex } from '../../../store/dataset-index';
import type { NameLanguage } from '../../../store/initial-state';
import type { UiLanguage } from '../../../store/view-state';
import { loadFixture } from '../../../test/fixtures';
import { loadStore } from '../../../test/render-with-store';
import PassagePanel from '../../passages/passage-panel';
import { eventTitle } from '../format';

const index = buildDatasetIndex(loadFixture());
const call = index.eventById.get('ev-lavrov-araghchi-call-2026')!;

async function setLanguages(ui: UiLanguage, names: NameLanguage) {
  const store = loadStore();
  await act(async () => {
    store.getState().setUiLanguage(ui);
    store.getState().setNameLanguage(names);
    await i18n.changeLanguage(ui);
  });
  return store;
}

afterEach(async () => {
  await act(() => i18n.changeLanguage('en'));
});

describe('eventTitle', () => {
  it('writes the type in the interface’s language and the names in the names’ language', () => {
    expect(eventTitle(index, call, 'en', 'ar')).toBe('اتصال هاتفي: \u2068Lavrov\u2069 – \u2068Araghchi\u2069');
    expect(eventTitle(index, call, 'ar', 'en')).toBe('Phone call: \u2068لافروف\u2069 – \u2068عراقجي\u2069');
  });

  it('says planned and where in the interface’s language', () => {
    const visit = { ...call, type: 'visit' as const, planned: true, location: 'Moscow' };
    expect(eventTitle(index, visit, 'en', 'ar')).toBe('زيارة (مرتقب): \u2068Lavrov\u2069 – \u2068Araghchi\u2069 في موسكو');
    expect(eventTitle(index, visit, 'ar', 'en')).toBe('Planned visit: \u2068لافروف\u2069 – \u2068عراقجي\u2069 in Moscow');
  });

  it('keeps the stored title when the two languages agree, or when nobody is named', () => {
    expect(eventTitle(index, call, 'ar', 'ar')).toBe(call.title.ar);
    expect(eventTitle(index, call, 'en', 'en')).toBe(call.title.en);
    const strike = index.eventById.get('ev-iran-missiles')!;
    expect(eventTitle(index, strike, 'en', 'ar')).toBe(strike.title.ar);
  });
});

describe('the source panel with names of the other script', () => {
  it('Arabic interface, English names: an Arabic sentence holding the English names apart', async () => {
    const store = await setLanguages('ar', 'en');
    act(() => store.getState().selectEvent('ev-lavrov-araghchi-call-2026'));
    render(<PassagePanel />);
    const card = screen.getByRole('article', { name: 'الحدث: \u2068اتصال هاتفي: \u2068Lavrov\u2069 – \u2068Araghchi\u2069\u2069' });
    expect(card.querySelector('h2')).toHaveTextContent('اتصال هاتفي: \u2068Lavrov\u2069 – \u2068Araghchi\u2069', { normalizeWhitespace: false });
    act(() => store.getState().selectActor('lavrov'));
    expect(screen.getByRole('article', { name: 'الفاعل: \u2068Sergey Lavrov\u2069' })).toBeInTheDocument();
  });

  it('English interface, Arabic names: an English sentence holding the Arabic names apart', async () => {
    const store = await setLanguages('en', 'ar');
    act(() => store.getState().selectEdge('lavrov', 'araghchi'));
    render(<PassagePanel />);
    expect(screen.getByRole('article', { name: `\u2068سيرغي لافروف\u2069 and \u2068عباس عراقجي\u2069` })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Phone call: \u2068لافروف\u2069 – \u2068عراقجي\u2069' })).toBeInTheDocument();
  });
});
