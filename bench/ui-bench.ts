// `npm run bench:ui`: opens the production build in Debian's Chromium on the bundled corpus and on a large
// synthetic dataset (20,000 events, 500 actors, 5,000 edges; once with the graph layout build:data stores, once
// without, as a dataset merged in the browser comes) and prints time to first full render (in a new tab,
// and again in the same tab), window-change → graph-drawn and → timeline-drawn, click → passages-shown and click → graph-drawn
// latencies (median and p95), and the gzipped size of the initial JavaScript. First of all it times a reference page
// (bench/reference-page: the stack alone on the bundled corpus), so that each run says what floor the machine sets.
// Figures, not assertions: the machine is shared and noisy.
// It builds into its own folder (BENCH_DIST, default /tmp/ui-bench-dist) so it never races another build of dist/.
// BENCH_PROFILE=<file.cpuprofile> also records a CPU profile of the large dataset's first render.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { parseDataset, SCHEMA_VERSION, type Dataset } from '../src/schema/dataset';
import { graphLayoutOf } from '../src/views/graph/compute-layout';
import { buildApp, firstRender, firstVisits, initialJsGzip, latencies, launchChromium, ofThree, phaseLine, REFERENCE, startServer, type Phases } from './app-bench';
import { ms, quantile } from './stats';
import { random } from './synthetic-corpus';

const DIST = process.env.BENCH_DIST ?? '/tmp/ui-bench-dist';
const PORT = 4179;
const RUNS = 30;

/** A large dataset with the real one's shape: real passages reused, actors and events spread over 5 years. */
function largeDataset(real: Dataset, events = 20_000, actors = 500, edges = 5_000): Dataset {
  const rand = random(7);
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
  const countries = ['RU', 'IR', 'IL', 'US', 'LB', 'PS', 'TR', 'UA'];
  const actorList = Array.from({ length: actors }, (_, i) => ({
    id: `a${i}`,
    name: { en: `Actor ${i}`, ar: `الفاعل ${i}` },
    shortName: { en: `A${i}`, ar: `ف${i}` },
    aliases: [`Actor ${i}`],
    country: countries[i % countries.length],
    roles: [],
    mentionCount: 0,
    discovered: false,
  }));
  const passages = Array.from({ length: 4_000 }, (_, i) => {
    const p = pick(real.passages);
    return { ...p, id: `p${i}`, documentId: p.documentId };
  });
  const mentions = passages.flatMap((p) =>
    [0, 1, 2].map(() => ({ actorId: pick(actorList).id, passageId: p.id, start: 0, end: Math.min(5, p.text.length), via: 'full_name' as const })),
  );
  for (const m of mentions) actorList[Number(m.actorId.slice(1))].mentionCount++;
  const types = ['phone_call', 'meeting', 'visit', 'statement', 'message', 'military_action'] as const;
  const day0 = Date.UTC(2021, 0, 1);
  const eventList = Array.from({ length: events }, (_, i) => {
    const start = new Date(day0 + Math.floor(rand() * 5 * 365) * 86_400_000).toISOString().slice(0, 10);
    const a = pick(actorList).id;
    const b = pick(actorList).id;
    return {
      id: `e${i}`,
      type: pick([...types]),
      title: { en: `Event ${i}: ${a} – ${b}`, ar: `حدث ${i}` },
      participants: a === b ? [a] : [a, b],
      date: i % 50 === 0 ? null : { start, end: start, precision: 'day' as const, basis: 'explicit' as const },
      location: null,
      planned: false,
      passageIds: [pick(passages).id],
      documentIds: [real.documents[0].id],
    };
  });
  const seen = new Set<string>();
  const edgeList = [];
  while (edgeList.length < edges) {
    const [s, t] = [pick(actorList).id, pick(actorList).id].sort();
    if (s === t || seen.has(`${s}|${t}`)) continue;
    seen.add(`${s}|${t}`);
    edgeList.push({ source: s, target: t, weight: 1 + Math.floor(rand() * 9), passageIds: [pick(passages).id], eventIds: [pick(eventList).id], contact: rand() < 0.3 });
  }
  return parseDataset({
    schemaVersion: SCHEMA_VERSION,
    documents: real.documents,
    passages,
    actors: actorList,
    mentions,
    events: eventList,
    edges: edgeList,
  });
}

/** One more first render, recorded by Chromium's sampling profiler (open the file in DevTools › Performance). */
async function profileFirstRender(page: Page, url: string, file: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
  await firstRender(page, url);
  const { profile } = await cdp.send('Profiler.stop');
  writeFileSync(file, JSON.stringify(profile));
  await cdp.detach();
}

async function main() {
  buildApp(DIST);
  const real = parseDataset(JSON.parse(readFileSync(join(DIST, 'data/dataset.json'), 'utf8')));
  const large = largeDataset(real);
  writeFileSync(join(DIST, 'data/bench-large.json'), JSON.stringify({ ...large, layout: graphLayoutOf(large.actors, large.edges) }));
  writeFileSync(join(DIST, 'data/bench-large-unlaid.json'), JSON.stringify(large));
  console.log(`large dataset: ${large.events.length} events, ${large.actors.length} actors, ${large.edges.length} edges`);
  console.log(`initial JavaScript: ${(initialJsGzip(DIST) / 1024).toFixed(0)} kB gzipped`);

  const server = await startServer(DIST, PORT);
  try {
    const browser = await launchChromium();
    const reference = await firstVisits(browser, 'reference page', `${server.base}${REFERENCE}/`);
    await reference.page.close();
    console.log(
      `${'reference page'.padEnd(16)} first full render: ${ofThree(reference.walls)}\n${''.padEnd(17)}` +
        '(React, vis-timeline and cytoscape alone drawing the bundled corpus: the floor this stack sets on this machine)',
    );

    const datasets = [
      ['bundled corpus', '?test'],
      ['large synthetic', '?test&data=data/bench-large.json'],
      ['large, no layout', '?test&data=data/bench-large-unlaid.json'],
    ] as const;
    for (const [label, path] of datasets) {
      const url = `${server.base}${path}`;
      // Cold: first visits. Warm: the same tab again, after a blank page (so that the teardown of the app before is
      // not counted), as on a revisit with the browser's caches hot.
      const coldPhases: Phases[] = [];
      const { walls: cold, page } = await firstVisits(browser, label, url, coldPhases);
      const renders = [];
      for (let i = 0; i < 3; i++) {
        await page.goto('about:blank');
        await page.waitForTimeout(500);
        renders.push(await firstRender(page, url));
      }
      if (process.env.BENCH_PROFILE && path === datasets[1][1]) await profileFirstRender(page, url, process.env.BENCH_PROFILE);
      const { windowTimes, windowTimelineTimes, clickTimes, clickGraphTimes } = await latencies(page, RUNS);
      console.log(
        `${label.padEnd(16)} first full render: ${ofThree(cold)}, ` +
          `same tab again median ${ms(quantile(renders, 0.5))} (of 3: ${renders.map(ms).join(', ')})\n${''.padEnd(17)}` +
          `new tab, ms from navigation (medians): ${phaseLine(coldPhases)}\n${''.padEnd(17)}` +
          `window→graph median ${ms(quantile(windowTimes, 0.5))} p95 ${ms(quantile(windowTimes, 0.95))}  ` +
          `window→timeline median ${ms(quantile(windowTimelineTimes, 0.5))} p95 ${ms(quantile(windowTimelineTimes, 0.95))}\n${''.padEnd(17)}` +
          `click→passages median ${ms(quantile(clickTimes, 0.5))} p95 ${ms(quantile(clickTimes, 0.95))}  ` +
          `click→graph median ${ms(quantile(clickGraphTimes, 0.5))} p95 ${ms(quantile(clickGraphTimes, 0.95))}`,
      );
      await page.close();
    }
    await browser.close();
  } finally {
    server.stop();
  }
}

await main();
