import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import i18n from '../../../i18n/i18n';
import { DateField } from '../date-field';

/** A labelled field whose value lives in its parent, as the compare panel and the paste form hold it. */
function Labelled({ initial = '', onValue = () => {} }: { initial?: string; onValue?: (v: string) => void }) {
  const [value, setValue] = useState(initial);
  return (
    <form>
      <label>
        From
        <DateField value={value} onChange={(v) => (setValue(v), onValue(v))} />
      </label>
      <button type="button" onClick={() => setValue('2024-10-31')}>
        Use the window
      </button>
    </form>
  );
}

const field = () => screen.getByRole('textbox', { name: 'From' });

afterEach(async () => {
  await act(() => i18n.changeLanguage('en'));
});

describe.each([
  ['en', '2 Apr 2026', '15 Mar 2026', '31 Oct 2024', /^Not a date: write the day, month and year, e\.g\. 2 Apr 2026$/],
  ['ar', '2 أبريل 2026', '15 مارس 2026', '31 أكتوبر 2024', /^ليس تاريخًا: اكتب اليوم والشهر والسنة، مثل 2 أبريل 2026$/],
])('DateField in %s', (lang, april2, march15, october31, invalidMessage) => {
  const setUp = async (initial?: string, onValue?: (v: string) => void) => {
    await act(() => i18n.changeLanguage(lang));
    render(<Labelled initial={initial} onValue={onValue} />);
  };

  it('shows its ISO day in the interface’s format, and a value set from outside', async () => {
    await setUp('2026-04-02');
    expect(field()).toHaveValue(april2);
    fireEvent.click(screen.getByRole('button', { name: 'Use the window' }));
    expect(field()).toHaveValue(october31);
  });

  it('gives the day typed in either language, or as an ISO day, and writes it the app’s way once left', async () => {
    const onValue = vi.fn();
    await setUp('', onValue);
    fireEvent.change(field(), { target: { value: '15 مارس 2026' } });
    expect(onValue).toHaveBeenLastCalledWith('2026-03-15');
    fireEvent.change(field(), { target: { value: '2026-03-15 ' } });
    fireEvent.change(field(), { target: { value: 'March 15, 2026' } });
    expect(field()).toHaveValue('March 15, 2026');
    fireEvent.blur(field());
    expect(field()).toHaveValue(march15);
    expect(field()).not.toHaveAttribute('aria-invalid');
    expect(field()).toBeValid();
  });

  it('marks a text that is not a day once left, clears the value and holds the form back', async () => {
    const onValue = vi.fn();
    await setUp('2026-04-02', onValue);
    fireEvent.change(field(), { target: { value: '31/4/2026' } });
    expect(onValue).toHaveBeenLastCalledWith('');
    expect(field()).not.toHaveAttribute('aria-invalid');
    expect(field()).toBeInvalid(); // the form will not submit
    fireEvent.blur(field());
    expect(field()).toHaveAttribute('aria-invalid', 'true');
    expect(field()).toHaveValue('31/4/2026');
    expect(field()).toHaveAccessibleDescription(invalidMessage);
    expect(field()).toHaveAccessibleName('From');
    fireEvent.change(field(), { target: { value: '30/4/2026' } });
    expect(onValue).toHaveBeenLastCalledWith('2026-04-30');
    expect(field()).not.toHaveAttribute('aria-invalid');
    expect(field()).toBeValid();
  });

  it('steps a day with the arrow keys', async () => {
    const onValue = vi.fn();
    await setUp('2026-04-30', onValue);
    fireEvent.keyDown(field(), { key: 'ArrowUp' });
    expect(onValue).toHaveBeenLastCalledWith('2026-05-01');
    fireEvent.keyDown(field(), { key: 'ArrowDown' });
    fireEvent.keyDown(field(), { key: 'ArrowDown' });
    expect(onValue).toHaveBeenLastCalledWith('2026-04-29');
  });

  it('rewrites the day when the interface changes language', async () => {
    await setUp('2026-04-02');
    const other = lang === 'en' ? 'ar' : 'en';
    await act(() => i18n.changeLanguage(other));
    expect(field()).toHaveValue(other === 'ar' ? '2 أبريل 2026' : '2 Apr 2026');
  });
});
