// bench:scale's arguments and its verdict: the targets for a million articles (issue 16, "Done when"),
// and where a size's figures stand against them.
import { megabytes, ms } from './stats';

/** "10k" → 10,000; "1M" → 1,000,000; "2500" → 2,500. */
export function parseSize(text: string): number {
  const m = /^(\d+(?:\.\d+)?)([kKmM]?)$/.exec(text.trim());
  if (!m) throw new Error(`not a corpus size: "${text}" (write 10k, 100k, 1M or a number of articles)`);
  const size = Number(m[1]) * (m[2] === '' ? 1 : m[2].toLowerCase() === 'k' ? 1e3 : 1e6);
  if (!Number.isInteger(size) || size < 1) throw new Error(`not a whole, positive number of articles: "${text}"`);
  return size;
}

export const parseSizes = (list: string): number[] => list.split(',').map(parseSize);

/** dataset.json (what the app opens today), or a dataset folder of columnar files (`build:data --folder DIR`). */
export const FORMATS = ['json', 'folder'] as const;
export type OutputFormat = (typeof FORMATS)[number];

export function parseFormats(list: string): OutputFormat[] {
  return list.split(',').map((f) => {
    const format = f.trim();
    if (!(FORMATS as readonly string[]).includes(format)) throw new Error(`not an output format: "${format}" (one of ${FORMATS.join(', ')})`);
    return format as OutputFormat;
  });
}

/** 10000 → "10,000". */
export const articles = (size: number) => size.toLocaleString('en-US');

/** The targets at a million articles. */
export const TARGETS = {
  buildSeconds: 30 * 60,
  peakRss: 2 * 2 ** 30,
  /** First full render, as a multiple of the reference page's. */
  renderRatio: 2,
  p95Ms: 150,
  heap: 300 * 2 ** 20,
};

/** What was measured of one size in one format; a figure left out was not measured (the build or the opening failed). */
export interface ScaleFigures {
  buildSeconds?: number;
  peakRss?: number;
  /** Why the build failed (buildFailure); its time and peak RSS are then those until it stopped. */
  buildFailed?: string;
  renderRatio?: number;
  /** The p95 of each click or window change, by name. */
  p95?: Record<string, number | undefined>;
  heap?: number;
}

/**
 * Where a figure stands: within its target or over it; FAILED, for the build that did not finish (its time is no
 * figure); not judged, for a figure under its target until the build failed (over it, it is over all the same).
 */
export type Verdict = 'ok' | 'OVER' | 'FAILED' | 'not judged' | 'not measured';

export interface TargetCheck {
  name: string;
  /** The figure as printed, or null when it was not measured. */
  value: string | null;
  target: string;
  verdict: Verdict;
  /** Why the build failed, with the FAILED verdict. */
  reason?: string;
}

const check = (name: string, figure: number | undefined, limit: number, format: (x: number) => string): TargetCheck => ({
  name,
  value: figure === undefined ? null : format(figure),
  target: format(limit),
  verdict: figure === undefined ? 'not measured' : figure <= limit ? 'ok' : 'OVER',
});

/**
 * Why a build did not finish, or null if it did: how it ended and its error line (build:data's last line starting
 * "error:", or else its last line: an error may run over several lines).
 */
export function buildFailure(run: { exitCode: number | null; signal: string | null; outputTail: string }): string | null {
  if (run.exitCode === 0 && run.signal === null) return null;
  const ended = run.signal ? `ended by ${run.signal}` : `exit code ${run.exitCode}`;
  const lines = run.outputTail.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  const error = lines.findLast((l) => l.startsWith('error:')) ?? lines.at(-1);
  return error === undefined ? ended : `${ended}: ${error.replace(/^error:\s*/, '')}`;
}

const minutes = (seconds: number) => (seconds < 120 ? `${seconds.toFixed(0)} s` : `${(seconds / 60).toFixed(1)} min`);
const times = (ratio: number) => `${ratio.toFixed(2)}×`;

export function targetChecks(f: ScaleFigures): TargetCheck[] {
  const build = check('build', f.buildSeconds, TARGETS.buildSeconds, minutes);
  const peakRss = check('peak RSS', f.peakRss, TARGETS.peakRss, megabytes);
  const failed = f.buildFailed !== undefined;
  return [
    failed ? { ...build, verdict: 'FAILED', reason: f.buildFailed } : build,
    failed && peakRss.verdict === 'ok' ? { ...peakRss, verdict: 'not judged' } : peakRss,
    check('first render', f.renderRatio, TARGETS.renderRatio, times),
    ...Object.entries(f.p95 ?? {}).map(([name, p95]) => check(`${name} p95`, p95, TARGETS.p95Ms, ms)),
    check('JS heap', f.heap, TARGETS.heap, megabytes),
  ];
}

/** One line: each target, met (ok), missed (OVER, with the figure and the target), FAILED (with why), not judged or not measured. */
export function targetLine(checks: TargetCheck[]): string {
  const part = (c: TargetCheck) => {
    switch (c.verdict) {
      case 'ok':
        return `${c.name} ${c.value} ≤ ${c.target} ok`;
      case 'OVER':
        return `${c.name} ${c.value} > ${c.target} OVER`;
      case 'FAILED':
        return `${c.name} FAILED after ${c.value} (${c.reason})`;
      case 'not judged':
        return `${c.name} ${c.value} until the build failed, not judged`;
      case 'not measured':
        return `${c.name} not measured`;
    }
  };
  return checks.map(part).join(' · ');
}
