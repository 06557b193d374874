// Reads a dataset folder's undated events a page at a time as the timeline's undated strip asks for more than were
// held at open: those the filters show (of the narrowing pair when an edge is selected), in the source's order. The
// events read are held from then on (clicked, one is selected as any event). A page read for filters that have since
// changed is dropped.
import { shallow } from 'zustand/shallow';
import { useAppStore } from './app-store';
import { onItsWay } from './folder-activity';
import { folderStillShown, latestQuestion, readFailed } from './folder-coordinator';
import { UNDATED_PAGE, withUndatedRead } from './folder-data';
import { selectUndatedEvents, selectUndatedQuestion } from './select-timeline';

type Store = typeof useAppStore;

/** Follows the store while it shows a folder, reading `pageSize` undated events at a time; returns the function that stops. */
export function followFolderUndated(store: Store = useAppStore, pageSize = UNDATED_PAGE): () => void {
  const pageAsked = latestQuestion();
  /** The page on its way, so that it is not asked again while it is. */
  let pending: string | null = null;
  const failed = readFailed(store);

  const ask = () => {
    const s = store.getState();
    const { folder, undatedWanted } = s;
    const question = selectUndatedQuestion(s);
    if (!folder || !question || undatedWanted?.key !== question.key) return;
    const listed = selectUndatedEvents(s).length;
    if (listed > undatedWanted.listed || listed >= question.total) return;
    // Pages run from the first undated event; those held already (at open, or read under other filters) are not
    // listed twice, and the next page is asked until one lists more.
    const read = folder.undated?.key === question.key ? folder.undated.read : 0;
    const page = `${question.key}@${read}`;
    if (page === pending) return;
    pending = page;
    const stillAsked = pageAsked();
    onItsWay(
      folder.source.events(question.query, { offset: question.first + read, limit: pageSize }).then(
        ({ items }) => {
          if (!stillAsked()) return;
          pending = null;
          const now = folderStillShown(store, folder);
          // Past the end (the counts and the source disagree): nothing to hold, and nothing to ask again.
          if (!now || !items.length || selectUndatedQuestion(store.getState())?.key !== question.key) return;
          store.getState().folderAnswered(withUndatedRead(now, question.key, read, items));
        },
        (e: unknown) => {
          if (stillAsked()) pending = null;
          failed(e);
        },
      ),
    );
  };

  // An answer changes the folder: the next page is asked then when the one read listed nothing more.
  return store.subscribe((s) => [s.folder, s.undatedWanted, selectUndatedQuestion(s)] as const, ask, { equalityFn: shallow });
}
