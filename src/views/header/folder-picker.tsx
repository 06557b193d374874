// Opens a dataset folder picked from disk (offline: no server needed), read from its files as a folder served
// beside the app would be. A folder that cannot be read is refused with the reason; what is shown stays.
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { blobFolder } from '../../dataset-source/folder-files';
import { openFolder } from '../../app/open-folder';
import { useAppStore } from '../../store/app-store';

/** The picked files by name (a folder's files sit at its top level). */
function filesByName(list: FileList): Map<string, File> {
  return new Map([...list].map((f) => [f.name, f]));
}

/**
 * The hidden folder input (rendered where it stays mounted: the menu that offers it closes when used) and the
 * function that opens the browser's folder picker.
 */
export function useFolderPicker(): { input: React.ReactNode; pick: () => void } {
  const { t } = useTranslation('folder');
  const ref = useRef<HTMLInputElement>(null);
  const picked = (list: FileList | null) => {
    if (!list?.length) return;
    const folder = list[0].webkitRelativePath.split('/')[0] || t('pickedFolder');
    openFolder(blobFolder(filesByName(list), folder)).then(
      () => useAppStore.getState().notify({ text: t('opened', { folder }), tone: 'success' }),
      (e: Error) => useAppStore.getState().notify({ text: t('openFailed', { folder, message: e.message }), tone: 'error' }),
    );
  };
  const input = (
    <input
      ref={ref}
      type="file"
      hidden
      // A folder, not files: an attribute React does not type.
      {...{ webkitdirectory: '' }}
      onChange={(e) => {
        picked(e.currentTarget.files);
        e.currentTarget.value = '';
      }}
    />
  );
  return { input, pick: () => ref.current?.click() };
}
