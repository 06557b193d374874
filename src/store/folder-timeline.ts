// Reads the events of a dataset folder's timeline window from its source as the window, the filters and an edge's
// narrowing change, once the window rests: the timeline draws them where few enough start, and counts per period
// from the folder's counts elsewhere (select-timeline.ts). An answer that comes after the question changed is dropped.
import { shallow } from 'zustand/shallow';
import { useAppStore } from './app-store';
import { onItsWay, questionTimer } from './folder-activity';
import { folderStillShown, latestQuestion, readFailed, WINDOW_SETTLE_MS } from './folder-coordinator';
import type { EventQuery } from '../dataset-source/dataset-source';
import { TIMELINE_EVENTS_MAX, withWindowEvents, type FolderData } from './folder-data';
import { eventsCover, selectCountLanes, selectCountsKnown, selectTimelineNarrowing, timelineQuestion, type TimelineQuestion } from './select-timeline';
import { dayEnd, dayStart } from './time';

type Store = typeof useAppStore;

/** Follows the store while it shows a folder, reading at most `max` events for a window; returns the function that stops. */
export function followFolderTimeline(store: Store = useAppStore, max = TIMELINE_EVENTS_MAX): () => void {
  const timer = questionTimer();
  const eventsAsked = latestQuestion();
  /** The question on its way, so that the same one is not asked again while it is. */
  let pending: string | null = null;

  const ask = () => {
    const s = store.getState();
    const { folder, timeWindow } = s;
    const lanes = selectCountLanes(s);
    // A narrowing pair's events are asked for once its counts say how many the window holds.
    if (!folder || !timeWindow || !lanes || !selectCountsKnown(s)) return;
    const narrowing = selectTimelineNarrowing(s);
    const question = timelineQuestion(lanes, timeWindow, s.hiddenEventTypes, max, narrowing);
    if (!question) return;
    const range = { start: dayStart(question.span.from), end: dayEnd(question.span.to) };
    const read = folder.windowEvents;
    if (eventsCover(read, range, lanes, narrowing)) return;
    const key = keyOf(question);
    // Asked already: on its way, or answered with more events than are read (the timeline shows counts there).
    if (key === pending || (read && key === keyOf(read))) return;
    pending = key;
    const stillAsked = eventsAsked();
    onItsWay(
      folder.source.events(queryOf(question), { offset: 0, limit: max }).then(
        ({ items, total }) => {
          if (!stillAsked()) return;
          pending = null;
          const now = current(folder);
          if (!now) return;
          const selection = store.getState().selection;
          const read = { ...question, events: items, complete: total <= items.length };
          store.getState().folderAnswered(withWindowEvents(now, read, selection?.kind === 'event' ? selection.id : null));
        },
        (e: unknown) => {
          if (stillAsked()) pending = null;
          failed(e);
        },
      ),
    );
  };
  const current = (folder: FolderData) => folderStillShown(store, folder);
  const failed = readFailed(store);

  // The lanes change with the types and countries shown and with the narrowing pair's counts as they come.
  const stop = store.subscribe(
    (s) => [s.folder?.source, s.timeWindow, selectCountLanes(s), selectTimelineNarrowing(s)] as const,
    () => timer.set(ask, WINDOW_SETTLE_MS),
    { equalityFn: shallow },
  );
  ask();
  return () => {
    timer.clear();
    stop();
  };
}

const keyOf = ({ span, types, hiddenCountries, pair }: TimelineQuestion) => JSON.stringify([span, types, hiddenCountries, pair]);

/** The source's question for the timeline's: only what narrows it is said. */
function queryOf({ span, types, hiddenCountries, pair }: TimelineQuestion): EventQuery {
  return { window: span, ...(types ? { types } : {}), ...(hiddenCountries.length ? { hiddenCountries } : {}), ...(pair ? { actorIds: pair } : {}) };
}
