import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import AppHeader from '../app-header';
import ActorList from '../../actors/actor-list';
import { loadStore } from '../../../test/render-with-store';
import { useAppStore } from '../../../store/app-store';
import { syncDocumentWithStore } from '../../../i18n/sync-document';

let stopSync: () => void;
beforeEach(() => {
  loadStore();
  stopSync = syncDocumentWithStore();
});
afterEach(() => {
  cleanup(); // before the reset: the views are never shown without a dataset
  useAppStore.getState().reset();
  stopSync();
});

const languageGroup = () => screen.getByRole('group', { name: /Interface language|لغة الواجهة/ });

describe('the header’s language and theme switches', () => {
  it('switches the whole interface to Arabic, right to left, names included', () => {
    render(
      <>
        <AppHeader />
        <ActorList />
      </>,
    );
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Actors & Events');
    act(() => within(languageGroup()).getByRole('button', { name: 'عربي' }).click());

    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    expect(document.documentElement).toHaveAttribute('lang', 'ar');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('الفاعلون والأحداث');
    expect(screen.getByRole('heading', { name: /الفاعلون/, level: 2 })).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'تصفية الفاعلين بالاسم (بالعربية أو الإنجليزية)' })).toBeInTheDocument();
    expect(within(languageGroup()).getByRole('button', { name: 'عربي' })).toHaveAttribute('aria-pressed', 'true');
    // Names follow the interface's language…
    expect(useAppStore.getState().nameLanguage).toBe('ar');
    expect(screen.getByRole('option', { name: /سيرغي لافروف/ })).toBeInTheDocument();
    // …and can be switched back on their own (in the view menu).
    act(() => screen.getByRole('button', { name: 'إعدادات العرض والرابط' }).click());
    act(() => within(screen.getByRole('group', { name: 'لغة الأسماء' })).getByRole('button', { name: 'EN' }).click());
    expect(useAppStore.getState()).toMatchObject({ uiLanguage: 'ar', nameLanguage: 'en' });
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');

    act(() => within(languageGroup()).getByRole('button', { name: 'EN' }).click());
    expect(document.documentElement).toHaveAttribute('dir', 'ltr');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Actors & Events');
    expect(screen.getByRole('heading', { name: /Actors/, level: 2 })).toBeInTheDocument();
  });

  it('formats the dataset’s span for the language, with Latin digits', () => {
    render(<AppHeader />);
    const glance = screen.getByLabelText('Dataset at a glance');
    expect(glance).toHaveTextContent('15 Jan 2024 – 10 Mar 2026');
    act(() => useAppStore.getState().setUiLanguage('ar'));
    expect(screen.getByLabelText('البيانات في لمحة')).toHaveTextContent('15 يناير 2024 – 10 مارس 2026');
  });

  it('switches the theme', () => {
    render(<AppHeader />);
    act(() => screen.getByRole('button', { name: 'View settings and link' }).click());
    act(() => screen.getByRole('button', { name: 'Switch to the dark theme' }).click());
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(useAppStore.getState().theme).toBe('dark');
    act(() => screen.getByRole('button', { name: 'Switch to the light theme' }).click());
    expect(document.documentElement.dataset.theme).toBe('light');
  });
});
