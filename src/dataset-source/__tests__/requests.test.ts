import { describe, expect, it } from 'vitest';
import { checkPage, checkWindow, pageOf } from '../requests';

describe('checkWindow', () => {
  it('takes the whole corpus and a window of real days, one day long or more', () => {
    expect(() => checkWindow(null)).not.toThrow();
    expect(() => checkWindow({ from: '2024-02-29', to: '2024-02-29' })).not.toThrow();
    expect(() => checkWindow({ from: '2024-10-01', to: '2026-03-10' })).not.toThrow();
  });

  it('refuses a reversed window, a day the calendar lacks, and other spellings, naming the window', () => {
    expect(() => checkWindow({ from: '2024-10-11', to: '2024-10-01' })).toThrow('window 2024-10-11…2024-10-01: it starts after it ends');
    expect(() => checkWindow({ from: '2023-02-29', to: '2023-03-01' })).toThrow('window 2023-02-29…2023-03-01: both ends must be days written YYYY-MM-DD');
    expect(() => checkWindow({ from: '2024-10-01', to: '2024-10-11T00:00' })).toThrow(RangeError);
    expect(() => checkWindow({ from: '11/10/2024', to: '2024-10-11' })).toThrow(RangeError);
  });
});

describe('checkPage', () => {
  it('takes whole numbers from 0 up, and refuses the rest naming the value', () => {
    expect(() => checkPage({ offset: 0, limit: 0 })).not.toThrow();
    expect(() => checkPage({ offset: -1, limit: 10 })).toThrow('page offset -1: must be a whole number, 0 or more');
    expect(() => checkPage({ offset: 0, limit: 2.5 })).toThrow('page limit 2.5: must be a whole number, 0 or more');
    expect(() => checkPage({ offset: Number.NaN, limit: 1 })).toThrow('page offset NaN');
  });
});

describe('pageOf', () => {
  const letters = ['a', 'b', 'c', 'd', 'e'];
  it('cuts the page asked for and gives the total', () => {
    expect(pageOf(5, { offset: 1, limit: 2 }, (i) => letters[i])).toEqual({ items: ['b', 'c'], total: 5 });
    expect(pageOf(5, { offset: 4, limit: 10 }, (i) => letters[i])).toEqual({ items: ['e'], total: 5 });
    expect(pageOf(5, { offset: 9, limit: 10 }, (i) => letters[i])).toEqual({ items: [], total: 5 });
  });
});
