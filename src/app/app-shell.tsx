// Loads the dataset once, then shows the explorer, or says clearly what went wrong.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store/app-store';
import { Explorer } from './explorer';
import { datasetUrl, isFolderUrl } from './dataset-url';
import { httpFolder } from '../dataset-source/folder-files';
import { closeFolder, openFolder } from './open-folder';
import { loadDataset } from './load-dataset';
import { ErrorScreen, LoadingScreen } from './status-screen';
import { exposeForTests, markPhase } from '../views/shared/test-hooks';
import { loadEmbeddedBriefing } from '../export/embedded-briefing';
import { DatasetError } from '../schema/dataset';
import { startCorrectionsPersistence } from '../corrections/corrections-persistence';
import { uiText } from '../i18n/ui-text';

/** Once per page: the stored corrections are in the store before the first dataset shows. */
let correctionsRestored: Promise<void> | null = null;
const restoreCorrections = () =>
  (correctionsRestored ??= startCorrectionsPersistence((message) =>
    useAppStore.getState().notify({ text: uiText('corrections:storageError', { message }), tone: 'error', key: 'corrections-storage' }),
  ));

export function AppShell({ url = datasetUrl(location.search) }: { url?: string }) {
  const { t } = useTranslation();
  const status = useAppStore((s) => s.status);
  const error = useAppStore((s) => s.error);
  useEffect(() => {
    exposeForTests('__store', useAppStore);
    let live = true;
    const failed = (e: Error) => live && useAppStore.getState().loadFailed(e.message, e instanceof DatasetError ? e.problem : undefined);
    if (isFolderUrl(url)) {
      openFolder(httpFolder(new URL(url, location.href).href)).then(() => markPhase('dataset-valid'), failed);
    } else {
      Promise.all([loadEmbeddedBriefing() ?? loadDataset(url), restoreCorrections()]).then(([d]) => {
        markPhase('dataset-valid');
        if (live) useAppStore.getState().loadSucceeded(d);
      }, failed);
    }
    return () => {
      live = false;
      closeFolder();
    };
  }, [url]);
  if (status === 'error') return <ErrorScreen error={error ?? { message: t('status.unknownError') }} />;
  if (status !== 'ready') return <LoadingScreen />;
  return <Explorer />;
}
