// Wall time and peak resident memory of a child process and everything it starts (tsx runs the script in a
// child node process, and a build may start more), sampled from Linux's /proc.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** Resident memory of one process from its /proc/PID/status text, in bytes: now (VmRSS) and its peak (VmHWM). */
export function parseStatusMemory(status: string): { rss: number; peak: number } | null {
  const kb = (field: string) => {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB$`, 'm').exec(status);
    return m ? Number(m[1]) * 1024 : null;
  };
  const rss = kb('VmRSS');
  const peak = kb('VmHWM');
  // A zombie (exited, not yet reaped) has no memory lines.
  return rss === null || peak === null ? null : { rss, peak };
}

/** The parent's PID from a /proc/PID/stat line ("PID (command) STATE PPID …"; the command may hold spaces and parentheses). */
export function parseParentPid(stat: string): number {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[1]);
}

/** `root` and its descendants, from each live process's parent. */
export function processTree(root: number, parentOf: ReadonlyMap<number, number>): number[] {
  const children = new Map<number, number[]>();
  for (const [pid, parent] of parentOf) children.set(parent, [...(children.get(parent) ?? []), pid]);
  const tree = [root];
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i]) ?? []));
  return tree;
}

const readProc = (path: string): string | null => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null; // the process is gone
  }
};

function liveParents(): Map<number, number> {
  const parentOf = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = readProc(`/proc/${name}/stat`);
    if (stat) parentOf.set(Number(name), parseParentPid(stat));
  }
  return parentOf;
}

/**
 * Follows the memory of `root`'s process tree: `sample()` adds up the resident memory of every process in it now.
 * The peak is the largest such sum, or the largest single process's own peak (VmHWM) if larger, which catches a
 * spike between two samples of a process that dominates the tree.
 */
export class TreeMemorySampler {
  private peakSum = 0;
  private peakOne = 0;

  constructor(private readonly root: number) {}

  sample(): void {
    let sum = 0;
    for (const pid of processTree(this.root, liveParents())) {
      const status = readProc(`/proc/${pid}/status`);
      const memory = status ? parseStatusMemory(status) : null;
      if (!memory) continue;
      sum += memory.rss;
      this.peakOne = Math.max(this.peakOne, memory.peak);
    }
    this.peakSum = Math.max(this.peakSum, sum);
  }

  get peak(): number {
    return Math.max(this.peakSum, this.peakOne);
  }
}

export interface MeasuredRun {
  exitCode: number | null;
  /** The signal that ended the process (SIGKILL from the kernel's out-of-memory killer, say), or null. */
  signal: NodeJS.Signals | null;
  seconds: number;
  /** Bytes: see TreeMemorySampler. */
  peakRss: number;
  /** The last lines the process wrote (stdout and stderr), to say why it failed. */
  outputTail: string;
}

/** Runs `command args` to its end, sampling its tree's memory every `intervalMs`; its output is echoed, prefixed. */
export function measureProcess(command: string, args: string[], { intervalMs = 200, echoPrefix = '  | ' } = {}): Promise<MeasuredRun> {
  const t0 = performance.now();
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const sampler = new TreeMemorySampler(child.pid!);
  const timer = setInterval(() => sampler.sample(), intervalMs);
  let tail: string[] = [];
  const keep = (chunk: Buffer) => {
    const lines = chunk.toString('utf8').split('\n').filter((l) => l.trim() !== '');
    for (const line of lines) process.stdout.write(`${echoPrefix}${line}\n`);
    tail = [...tail, ...lines].slice(-20);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  return new Promise((resolve, reject) => {
    child.on('error', (e) => {
      clearInterval(timer);
      reject(e);
    });
    child.on('close', (exitCode, signal) => {
      clearInterval(timer);
      resolve({ exitCode, signal, seconds: (performance.now() - t0) / 1000, peakRss: sampler.peak, outputTail: tail.join('\n') });
    });
  });
}
