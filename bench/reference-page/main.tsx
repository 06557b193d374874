// bench:ui's reference page: what React, vis-timeline and cytoscape cost on their own on this machine, drawing the
// bundled corpus as the app's first screen does (events in lanes by type, actors at their stored positions with
// labels, the actor list), with none of the app (no store, schema, fonts, i18n, panels or styling). The app's first
// render minus this one is what the app adds; this one is the floor the stack sets here.
import { useEffect, useRef } from 'react';
import { createRoot } from 'react-dom/client';
import cytoscape from 'cytoscape';
import { Timeline } from 'vis-timeline/esnext';
import { DataSet } from 'vis-data/esnext';
import 'vis-timeline/styles/vis-timeline-graph2d.css';
import type { Dataset } from '../../src/schema/dataset';

function TimelineBox({ data }: { data: Dataset }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const dated = data.events.filter((e) => e.date);
    const items = new DataSet(dated.map((e) => ({ id: e.id, content: e.title.en, start: e.date!.start, group: e.type })));
    const groups = new DataSet([...new Set(dated.map((e) => e.type))].map((t) => ({ id: t, content: t })));
    const timeline = new Timeline(box.current!, items, groups, {});
    return () => timeline.destroy();
  }, [data]);
  return <div ref={box} />;
}

function GraphBox({ data }: { data: Dataset }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const cy = cytoscape({
      container: box.current,
      elements: [
        ...data.actors.map((a) => ({ data: { id: a.id, label: a.shortName.en }, position: data.layout?.positions[a.id] ?? { x: 0, y: 0 } })),
        ...data.edges.map((e) => ({ data: { id: `${e.source}~${e.target}`, source: e.source, target: e.target } })),
      ],
      layout: { name: 'preset' },
      style: [{ selector: 'node', style: { label: 'data(label)' } }],
    });
    (window as unknown as { __cy: unknown }).__cy = cy;
    return () => cy.destroy();
  }, [data]);
  return <div ref={box} style={{ flex: 1, height: 480 }} />;
}

function ReferencePage({ data }: { data: Dataset }) {
  return (
    <>
      <TimelineBox data={data} />
      <div style={{ display: 'flex' }}>
        <ul className="actor-list">
          {data.actors.map((a) => (
            <li key={a.id} role="option" aria-selected="false">
              {a.name.en} {a.name.ar}
            </li>
          ))}
        </ul>
        <GraphBox data={data} />
      </div>
    </>
  );
}

const data = (await (await fetch('data/dataset.json')).json()) as Dataset;
createRoot(document.getElementById('root')!).render(<ReferencePage data={data} />);
