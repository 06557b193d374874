import { addDays, monthsOf } from '../day-math';

describe('day math', () => {
  it('adds days across months, years and a leap day', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2024-10-11', -30)).toBe('2024-09-11');
  });

  it('cuts a window into months, whole or not', () => {
    expect(monthsOf({ from: '2024-01-15', to: '2024-04-01' })).toEqual([
      { month: '2024-01', from: '2024-01-15', to: '2024-01-31', whole: false },
      { month: '2024-02', from: '2024-02-01', to: '2024-02-29', whole: true },
      { month: '2024-03', from: '2024-03-01', to: '2024-03-31', whole: true },
      { month: '2024-04', from: '2024-04-01', to: '2024-04-01', whole: false },
    ]);
    expect(monthsOf({ from: '2024-10-05', to: '2024-10-11' })).toEqual([{ month: '2024-10', from: '2024-10-05', to: '2024-10-11', whole: false }]);
    expect(monthsOf({ from: '2025-02-01', to: '2025-02-28' })).toEqual([{ month: '2025-02', from: '2025-02-01', to: '2025-02-28', whole: true }]);
  });
});
