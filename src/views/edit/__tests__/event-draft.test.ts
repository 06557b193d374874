import { describe, expect, it } from 'vitest';
import { dateOfDraft } from '../event-draft';

describe('dateOfDraft', () => {
  it('gives a day, a whole month (leap February included) or a whole year, and nothing for no day', () => {
    expect(dateOfDraft({ day: '2026-03-09', precision: 'day' })).toEqual({ start: '2026-03-09', end: '2026-03-09', precision: 'day' });
    expect(dateOfDraft({ day: '2024-02-10', precision: 'month' })).toEqual({ start: '2024-02-01', end: '2024-02-29', precision: 'month' });
    expect(dateOfDraft({ day: '2025-12-31', precision: 'month' })).toEqual({ start: '2025-12-01', end: '2025-12-31', precision: 'month' });
    expect(dateOfDraft({ day: '2024-10-11', precision: 'year' })).toEqual({ start: '2024-01-01', end: '2024-12-31', precision: 'year' });
    expect(dateOfDraft({ day: '', precision: 'month' })).toBeNull();
  });
});
