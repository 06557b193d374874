// What added articles brought that the dataset did not have, for the reports: a report of a known meeting joins
// that event, and a known actor named again is not new.
import type { Dataset } from '../schema/dataset';

export interface Brought {
  events: number;
  actors: number;
}

/**
 * The events resting on the articles in `files` alone and the actors only they name, in all and per article
 * (an event two of them report counts for each).
 */
export function newToDataset(dataset: Dataset, files: ReadonlySet<string>): Brought & { broughtBy: (file: string) => Brought } {
  const fileOfDocument = new Map(dataset.documents.map((d) => [d.id, d.file]));
  const fileOfPassage = new Map(dataset.passages.map((p) => [p.id, fileOfDocument.get(p.documentId)]));
  const filesNaming = new Map<string, Set<string | undefined>>();
  for (const m of dataset.mentions) filesNaming.set(m.actorId, (filesNaming.get(m.actorId) ?? new Set()).add(fileOfPassage.get(m.passageId)));
  const onlyFromAdded = (sources: Iterable<string | undefined>) => [...sources].every((f) => f !== undefined && files.has(f));
  const newEvents = dataset.events.map((e) => new Set(e.documentIds.map((id) => fileOfDocument.get(id)))).filter(onlyFromAdded);
  const newActors = [...filesNaming.values()].filter(onlyFromAdded);
  return {
    events: newEvents.length,
    actors: newActors.length,
    broughtBy: (file) => ({ events: newEvents.filter((f) => f.has(file)).length, actors: newActors.filter((f) => f.has(file)).length }),
  };
}
