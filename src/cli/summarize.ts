import type { WrittenDataset } from './dataset-file-writer';

/** The build's one-screen summary, with the corrections that found nothing to apply to and the discovered persons
 *  listed for curation. */
export function summarize(d: WrittenDataset, warnings: number): string {
  const discovered = d.actors.filter((a) => a.discovered);
  const lines = [
    `documents         ${d.documents}`,
    `passages          ${d.passages}`,
    `actors            ${d.actors.length}`,
    `discovered actors ${discovered.length}`,
    `events            ${d.events.length}`,
    `undated events    ${d.events.filter((e) => e.date === null).length}`,
    `edges             ${d.edges.length}`,
    `warnings          ${warnings}`,
  ];
  const outcomes = d.corrections ? d.corrections.corrections.map((c) => ({ c, outcome: d.corrections!.outcomes[c.id] })) : [];
  const orphans = outcomes.filter(({ outcome }) => outcome?.status !== 'applied');
  if (d.corrections) {
    lines.push(`corrections       ${outcomes.length - orphans.length} applied, ${orphans.length} orphaned`);
    for (const { c, outcome } of orphans) lines.push(`  orphaned ${c.id} (${c.kind}): ${outcome?.why ?? 'not applied'}`);
  }
  if (discovered.length) {
    lines.push('discovered persons to curate (add them to the registry: src/pipeline/actors/actor-registry.json or a part in registry/):');
    for (const a of discovered) lines.push(`  ${a.name.ar}  (${a.roles[0]?.title.en ?? 'no role'}${a.country ? `, ${a.country}` : ''}; ${a.mentionCount} mention(s))`);
  }
  return lines.join('\n');
}
