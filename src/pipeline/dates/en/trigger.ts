// Every expression the English engine can find contains a digit or one of these stems (see ar/trigger.ts).
const TRIGGER = /[0-9]|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|tod|tom|yes|ton|week|month|year|ago|night|now/i;

export function mightHoldEnglishDate(normalized: string): boolean {
  return TRIGGER.test(normalized);
}
