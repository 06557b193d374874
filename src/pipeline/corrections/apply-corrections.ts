// The pipeline's last stage on a dataset held whole in memory (the app when a dataset is opened, the browser's
// worker after articles are added, runPipeline): the mention stage over all passages, then the corpus stage, then
// the edges counted again. The CLI runs the same two stages, the first on each slice as it is analysed.
import type { Correction } from '../../schema/corrections';
import type { Dataset } from '../../schema/dataset';
import { countComentions } from '../comentions/count-comentions';
import { correctCorpus } from './correct-corpus';
import { correctMentions } from './correct-mentions';
import { planCorrections } from './correction-plan';

/**
 * `dataset` with `corrections` applied on top of those it already carries. Corrections it records an outcome for
 * are not tried again, so applying the same list twice changes nothing: an orphan was orphaned on this very
 * dataset (tried again after the corrections it came after, it could apply to the state they left, which the
 * first pass never saw). A rebuild gives an extraction with no record, where every correction is tried again.
 */
export function applyCorrections(dataset: Dataset, corrections: Correction[]): Dataset {
  const earlier = dataset.corrections;
  const fresh = corrections.filter((c) => !earlier?.outcomes[c.id]);
  if (fresh.length === 0) return dataset;
  const plan = planCorrections(fresh, earlier?.redirects);
  const { mentions, trace } = correctMentions(dataset.passages, dataset.mentions, plan);
  const { actors, events, applied } = correctCorpus({ actors: dataset.actors, events: dataset.events, mentions, citedPassages: trace.citedPassages }, plan, trace, earlier);
  return { ...dataset, actors, mentions, events, edges: countComentions(mentions, events), corrections: applied };
}
