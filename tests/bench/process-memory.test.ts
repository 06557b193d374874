import { measureProcess, parseParentPid, parseStatusMemory, processTree, TreeMemorySampler } from '../../bench/process-memory';

const STATUS = `Name:\tnode
Umask:\t0022
State:\tS (sleeping)
Pid:\t4242
PPid:\t4200
VmPeak:\t 1342176 kB
VmSize:\t 1276640 kB
VmHWM:\t  812344 kB
VmRSS:\t  645120 kB
Threads:\t11
`;

describe('reading /proc', () => {
  it('reads resident memory now (VmRSS) and at its peak (VmHWM), in bytes', () => {
    expect(parseStatusMemory(STATUS)).toEqual({ rss: 645120 * 1024, peak: 812344 * 1024 });
  });

  it('reads nothing from a zombie, which has no memory lines', () => {
    expect(parseStatusMemory('Name:\tnode\nState:\tZ (zombie)\nPid:\t4242\nPPid:\t4200\n')).toBeNull();
  });

  it("reads the parent's PID after a command that holds spaces and parentheses", () => {
    expect(parseParentPid('4242 (node) S 4200 4242 4200 0 -1 4194560')).toBe(4200);
    expect(parseParentPid('4243 (tsx (worker) 2) R 4242 4242 4200 0 -1')).toBe(4242);
  });

  it('finds every descendant of a process, and only those', () => {
    const parentOf = new Map([
      [10, 1],
      [11, 10],
      [12, 11],
      [13, 10],
      [20, 1],
      [21, 20],
    ]);
    expect(processTree(10, parentOf).sort()).toEqual([10, 11, 12, 13]);
    expect(processTree(21, parentOf)).toEqual([21]);
  });
});

describe('measuring a process tree', () => {
  it('counts this process', () => {
    const sampler = new TreeMemorySampler(process.pid);
    sampler.sample();
    expect(sampler.peak).toBeGreaterThan(process.memoryUsage().rss / 2);
  });

  it("adds up a child's and a grandchild's memory while both hold it", async () => {
    // Each holds 150 MB (touched, so resident); the child holds its own while it waits a second for the grandchild's.
    const grandchild = 'const held = Buffer.alloc(150 * 2 ** 20, 1); setTimeout(() => held.length, 1000);';
    const child = `const held = Buffer.alloc(150 * 2 ** 20, 1); require('node:child_process').spawnSync(process.execPath, ['-e', ${JSON.stringify(grandchild)}]); held.length;`;
    const run = await measureProcess(process.execPath, ['-e', child], { intervalMs: 50, echoPrefix: '' });
    expect(run.exitCode).toBe(0);
    expect(run.peakRss).toBeGreaterThan(300 * 2 ** 20);
    expect(run.peakRss).toBeLessThan(600 * 2 ** 20);
    expect(run.seconds).toBeGreaterThan(1);
  });

  it("keeps the last lines a failing process wrote, to say why", async () => {
    const run = await measureProcess(process.execPath, ['-e', "console.log('reading corpus'); console.error('error: corpus folder not found: /x'); process.exit(2)"], {
      echoPrefix: '',
    });
    expect(run).toMatchObject({ exitCode: 2, signal: null });
    expect(run.outputTail.split('\n').sort()).toEqual(['error: corpus folder not found: /x', 'reading corpus']);
  });
});
