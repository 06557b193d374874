import type { WrittenDataset } from './dataset-writer';

/** The build's one-screen summary, with the corrections that found nothing to apply to and the discovered persons
 *  listed for curation. */
export function summarize(d: WrittenDataset, warnings: number): string {
  const discovered = d.actors.filter((a) => a.discovered);
  const lines = [
    `documents         ${d.documents}`,
    `passages          ${d.passages}`,
    `actors            ${d.actors.length}`,
    `discovered actors ${discovered.length}`,
    `events            ${d.events}`,
    `undated events    ${d.undatedEvents}`,
    `edges             ${d.edges}`,
    `warnings          ${warnings}`,
  ];
  if (d.corrections) {
    const { corrections, outcomes } = d.corrections;
    const orphans = corrections.filter((c) => outcomes[c.id]?.status !== 'applied');
    lines.push(`corrections       ${corrections.length - orphans.length} applied, ${orphans.length} orphaned`);
    for (const c of orphans) lines.push(`  orphaned ${c.id} (${c.kind}): ${outcomes[c.id]?.why ?? 'not applied'}`);
  }
  if (discovered.length) {
    lines.push('discovered persons to curate (add them to the registry: src/pipeline/actors/actor-registry.json or a part in registry/):');
    for (const a of discovered) lines.push(`  ${a.name.ar}  (${a.roles[0]?.title.en ?? 'no role'}${a.country ? `, ${a.country}` : ''}; ${a.mentionCount} mention(s))`);
  }
  return lines.join('\n');
}
