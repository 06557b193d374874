// Opens a dataset folder (served beside the app, or picked from disk) and keeps the store following it: one
// folder followed at a time.
import type { FolderFiles } from '../dataset-source/folder-files';
import { useAppStore } from '../store/app-store';
import { followFolder } from '../store/folder-coordinator';
import { openFolderData } from '../store/folder-data';
import { followFolderTimeline } from '../store/folder-timeline';
import { followFolderUndated } from '../store/folder-undated';

let stopFollowing: (() => void) | null = null;

/** Reads what the app holds at once of the folder, then shows it; throws (nothing shown changes) when it cannot. */
export async function openFolder(files: FolderFiles): Promise<void> {
  // The folder's reader (hyparquet with it) loads only for a folder: the bundled dataset's first render does not
  // wait for its code.
  const { FolderSource } = await import('../dataset-source/folder-source');
  const folder = await openFolderData(new FolderSource(files));
  stopFollowing?.();
  useAppStore.getState().loadFolder(folder);
  const stops = [followFolder(), followFolderTimeline(), followFolderUndated()];
  stopFollowing = () => {
    for (const stop of stops) stop();
  };
}

/** Stops following the folder shown (the page goes away, or another dataset is loaded). */
export function closeFolder(): void {
  stopFollowing?.();
  stopFollowing = null;
}
