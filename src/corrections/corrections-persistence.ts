// The analyst's corrections survive reloads and crashes: every change to the list is written to this browser's
// IndexedDB at once (a database of its own). What is stored is validated again when read: a list written by an
// older app that this one cannot read is kept aside under its own key, not overwritten.
import { createStore, get, set, type UseStore } from 'idb-keyval';
import { CorrectionsError, parseCorrections, CORRECTIONS_VERSION, type Correction } from '../schema/corrections';
import { useAppStore } from '../store/app-store';

const LIST = 'corrections';
const UNREADABLE = 'corrections-unreadable';
const AUTHOR_KEY = 'news-explorer.correction-author';

let store: UseStore | null = null;
/** Opened on first use: importing this module touches no database. */
const db = () => (store ??= createStore('news-explorer-corrections', 'kv'));

export async function loadStoredCorrections(): Promise<Correction[]> {
  const stored = await get<unknown>(LIST, db());
  if (stored === undefined) return [];
  try {
    return parseCorrections(stored, 'stored corrections').corrections;
  } catch (e) {
    if (!(e instanceof CorrectionsError)) throw e;
    await set(UNREADABLE, stored, db());
    return [];
  }
}

export async function saveCorrections(corrections: Correction[]): Promise<void> {
  await set(LIST, { version: CORRECTIONS_VERSION, corrections }, db());
}

/** The author name corrections are signed with, kept in localStorage (it is a preference, not data). */
export function storedAuthor(): string {
  try {
    return localStorage.getItem(AUTHOR_KEY) ?? '';
  } catch {
    return '';
  }
}

/**
 * Puts the stored corrections in the store (before the dataset is shown, so that it shows corrected at once), then
 * writes every later change of the list. `onError` hears of a failed write: the list on screen still holds.
 */
export async function startCorrectionsPersistence(onError: (message: string) => void): Promise<void> {
  let restored: Correction[] = [];
  try {
    restored = await loadStoredCorrections();
  } catch (e) {
    onError((e as Error).message);
  }
  const app = useAppStore.getState();
  app.setCorrectionAuthor(storedAuthor());
  if (restored.length > 0) app.replaceCorrections(restored);
  useAppStore.subscribe(
    (s) => s.corrections,
    (corrections) => void saveCorrections(corrections).catch((e: Error) => onError(e.message)),
  );
  useAppStore.subscribe(
    (s) => s.correctionAuthor,
    (name) => {
      try {
        localStorage.setItem(AUTHOR_KEY, name);
      } catch {
        // a private window without storage: the name holds for this tab
      }
    },
  );
}
