// Exported files are named after what they hold and the day they were made: actors-graph-2026-03-10.png.

/** The local calendar day, YYYY-MM-DD. */
export function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function datedFileName(stem: string, extension: string, date = new Date()): string {
  return `${stem}-${isoDay(date)}.${extension}`;
}
