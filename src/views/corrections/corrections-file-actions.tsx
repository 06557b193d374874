// The corrections as a file: exported (corrections.json), imported (merged into the list; a broken file is refused
// and changes nothing), emptied (after a confirm step), and the persons they curated as registry entries.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { curatedRegistry, registryFileText } from '../../corrections/curated-registry';
import { mergeCorrections } from '../../corrections/merge-corrections';
import { correctionsFileText, parseCorrectionsText, type Correction } from '../../schema/corrections';
import { useAppStore } from '../../store/app-store';
import { downloadBlob } from '../shared/download';

const json = (text: string) => new Blob([text], { type: 'application/json' });

export function CorrectionsFileActions() {
  const { t } = useTranslation('corrections');
  const count = useAppStore((s) => s.corrections.length);
  const input = useRef<HTMLInputElement>(null);
  const [confirming, setConfirming] = useState(false);

  const importFile = async (file: File) => {
    const { notify, replaceCorrections } = useAppStore.getState();
    let imported: Correction[];
    try {
      imported = parseCorrectionsText(await file.text(), file.name).corrections;
    } catch (e) {
      // Unreadable or not a corrections file: refused whole, the list stays as it is.
      notify({ text: t('panel.importRefused', { file: file.name, reason: (e as Error).message }), tone: 'error' });
      return;
    }
    // Read the list again: it may have changed while the file was read.
    const { merged, added } = mergeCorrections(useAppStore.getState().corrections, imported);
    if (added > 0) replaceCorrections(merged);
    notify({ text: added > 0 ? t('panel.imported', { count: added, file: file.name }) : t('panel.importedNothing', { file: file.name }), tone: added > 0 ? 'success' : 'info' });
  };

  const downloadRegistry = () => {
    const { dataset, notify } = useAppStore.getState();
    if (!dataset) return;
    const { registry, withoutCountry } = curatedRegistry(dataset);
    if (registry.actors.length === 0 && withoutCountry.length === 0) {
      notify({ text: t('panel.registryNone') });
      return;
    }
    if (registry.actors.length > 0) downloadBlob(json(registryFileText(registry)), 'curated-persons.registry.json');
    const said = [
      ...(registry.actors.length > 0 ? [t('panel.registryDone', { count: registry.actors.length })] : []),
      ...(withoutCountry.length > 0 ? [t('panel.registrySkipped', { count: withoutCountry.length })] : []),
    ];
    notify({ text: said.join(' '), tone: registry.actors.length > 0 ? 'success' : 'info' });
  };

  return (
    <div className="corrections-file">
      <button
        type="button"
        className="btn"
        disabled={count === 0}
        onClick={() => downloadBlob(json(correctionsFileText(useAppStore.getState().corrections)), 'corrections.json')}
      >
        {t('panel.export')}
      </button>
      <button type="button" className="btn" onClick={() => input.current?.click()}>
        {t('panel.import')}
      </button>
      <input
        ref={input}
        type="file"
        accept="application/json,.json"
        className="visually-hidden"
        tabIndex={-1}
        aria-label={t('panel.import')}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = ''; // picking the same file again still reports it
          if (file) void importFile(file);
        }}
      />
      <button type="button" className="btn" disabled={count === 0} onClick={downloadRegistry}>
        {t('panel.registry')}
      </button>
      {confirming && count > 0 ? (
        <div className="corrections-confirm" role="alertdialog" aria-label={t('panel.removeAll')}>
          <p>{t('panel.confirmRemoveAll', { count })}</p>
          <button
            type="button"
            className="btn danger"
            onClick={() => {
              useAppStore.getState().replaceCorrections([]);
              setConfirming(false);
            }}
          >
            {t('panel.confirmRemove')}
          </button>
          <button type="button" className="btn" autoFocus onClick={() => setConfirming(false)}>
            {t('panel.cancel')}
          </button>
        </div>
      ) : (
        <button type="button" className="btn danger" disabled={count === 0} onClick={() => setConfirming(true)}>
          {t('panel.removeAll')}
        </button>
      )}
    </div>
  );
}
