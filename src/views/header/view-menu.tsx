// The header's "⋯" menu: what a user sets once (names' language, theme), the link to this view, and the dataset's
// summary when the header is too narrow to show it.
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store/app-store';
import { usePopover } from '../shared/use-popover';
import { CopyLinkButton } from './copy-link-button';
import { useFolderPicker } from './folder-picker';
import { DatasetGlance } from './dataset-glance';
import { LanguageSwitch } from './language-switch';

export function ViewMenu() {
  const { t } = useTranslation();
  const nameLanguage = useAppStore((s) => s.nameLanguage);
  const theme = useAppStore((s) => s.theme);
  const nextTheme = theme === 'dark' ? 'light' : 'dark';
  const { open, root, toggleProps, panelId, onKeyDown } = usePopover();
  const folderPicker = useFolderPicker();
  return (
    <div className="view-menu" ref={root} onKeyDown={onKeyDown}>
      <button type="button" className="btn icon-btn" aria-label={t('viewMenu.label')} title={t('viewMenu.label')} {...toggleProps}>
        <span aria-hidden="true">⋯</span>
      </button>
      {open && (
        <div className="view-menu-panel" id={panelId} role="group" aria-label={t('viewMenu.label')}>
          <DatasetGlance variant="full" />
          <div className="view-menu-row">
            <span id={`${panelId}-names`}>{t('language.names')}</span>
            <LanguageSwitch
              label={t('language.names')}
              current={nameLanguage}
              text={(lang) => t(`language.namesShort.${lang}`)}
              title={(lang) => t(`language.namesTitle.${lang}`)}
              onPick={(lang) => useAppStore.getState().setNameLanguage(lang)}
            />
          </div>
          <div className="view-menu-row">
            <span>{t('viewMenu.theme')}</span>
            <button type="button" className="btn" onClick={() => useAppStore.getState().setTheme(nextTheme)}>
              <span aria-hidden="true">{theme === 'dark' ? '☀ ' : '☾ '}</span>
              {t(`theme.switchTo.${nextTheme}`)}
            </button>
          </div>
          <CopyLinkButton className="btn copy-link" />
          <button type="button" className="btn" onClick={folderPicker.pick}>
            {t('folder:open')}
          </button>
        </div>
      )}
      {folderPicker.input}
    </div>
  );
}
