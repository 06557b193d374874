// Saved views: save the current view with a title and a caption, edit, reorder, delete, show one,
// present them, and move them between machines as a JSON file.
import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useBriefingStore } from '../../briefing/briefing-store';
import { downloadBlob } from '../shared/download';
import { parseSlidesFile, toSlidesFile } from '../../briefing/slides-file';
import { showSlideView } from '../../briefing/show-slide';
import { useSlidesStore, type Slide } from '../../briefing/slides-store';
import { useAppStore } from '../../store/app-store';
import { captureView } from '../../store/view-state';
import { describeSelection } from './describe-view';
import { WindowDays } from './window-days';

function SaveViewForm() {
  const { t } = useTranslation('briefing');
  const count = useSlidesStore((s) => s.slides.length);
  const [title, setTitle] = useState('');
  const [caption, setCaption] = useState('');
  const save = () => {
    const app = useAppStore.getState();
    const fallback =
      (app.index && describeSelection(app.index, app.selection, app.nameLanguage)) ?? t('slides.defaultTitle', { n: count + 1 });
    useSlidesStore.getState().add(title.trim() || fallback, caption.trim(), captureView(app));
    setTitle('');
    setCaption('');
  };
  return (
    <form
      className="save-view"
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <label>
        {t('slides.titleLabel')}
        <input className="input" dir="auto" value={title} onChange={(e) => setTitle(e.target.value)} />
      </label>
      <label>
        {t('slides.captionLabel')}
        <textarea className="input" dir="auto" rows={2} value={caption} onChange={(e) => setCaption(e.target.value)} />
      </label>
      <button type="submit" className="btn primary">
        {t('slides.save')}
      </button>
    </form>
  );
}

function SlideItem({ slide, position, total }: { slide: Slide; position: number; total: number }) {
  const { t } = useTranslation('briefing');
  const index = useAppStore((s) => s.index);
  const lang = useAppStore((s) => s.uiLanguage);
  const nameLanguage = useAppStore((s) => s.nameLanguage);
  const [editing, setEditing] = useState(false);
  const { update, move, remove } = useSlidesStore.getState();
  const selection = index ? describeSelection(index, slide.view.selection, nameLanguage) : null;
  const w = slide.view.timeWindow;
  const onKeyDown = (e: KeyboardEvent<HTMLLIElement>) => {
    if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    const focused = e.target as HTMLElement;
    move(slide.id, position + (e.key === 'ArrowUp' ? -1 : 1));
    // Moving the item in the list can drop the focus: keep it on the moved slide for the next key press.
    requestAnimationFrame(() => focused.focus());
  };
  return (
    <li className="slide-item" data-slide-id={slide.id} onKeyDown={onKeyDown}>
      <span className="slide-n">{position + 1}</span>
      <div className="slide-body">
        {editing ? (
          <>
            <input
              className="input"
              dir="auto"
              aria-label={t('slides.titleLabel')}
              value={slide.title}
              onChange={(e) => update(slide.id, { title: e.target.value })}
            />
            <textarea
              className="input"
              dir="auto"
              rows={2}
              aria-label={t('slides.captionLabel')}
              value={slide.caption}
              onChange={(e) => update(slide.id, { caption: e.target.value })}
            />
          </>
        ) : (
          <>
            <button type="button" className="link slide-show" dir="auto" aria-label={t('slides.show', { title: slide.title })} onClick={() => showSlideView(slide.view)}>
              {slide.title}
            </button>
            <span className="small muted">
              {w ? <WindowDays window={w} lang={lang} /> : t('slides.allDates')}
              {slide.view.windowFilter ? '' : ` (${t('slides.filterOff')})`} · {selection ?? t('slides.nothingSelected')}
            </span>
            {slide.caption && (
              <span className="slide-caption-preview" dir="auto">
                {slide.caption}
              </span>
            )}
          </>
        )}
      </div>
      <div className="slide-actions">
        <button type="button" className="btn" aria-pressed={editing} onClick={() => setEditing(!editing)}>
          {editing ? t('slides.done') : t('slides.edit')}
        </button>
        <button type="button" className="btn icon-btn" aria-label={t('slides.moveUp')} disabled={position === 0} onClick={() => move(slide.id, position - 1)}>
          ↑
        </button>
        <button
          type="button"
          className="btn icon-btn"
          aria-label={t('slides.moveDown')}
          disabled={position === total - 1}
          onClick={() => move(slide.id, position + 1)}
        >
          ↓
        </button>
        <button type="button" className="btn icon-btn danger" aria-label={t('slides.deleteNamed', { title: slide.title })} onClick={() => remove(slide.id)}>
          ×
        </button>
      </div>
    </li>
  );
}

function SlidesFileButtons() {
  const { t } = useTranslation('briefing');
  const slides = useSlidesStore((s) => s.slides);
  const input = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const importFile = async (file: File) => {
    try {
      const imported = parseSlidesFile(await file.text(), file.name);
      // Appended after the existing slides: an import never replaces what is already there.
      useSlidesStore.getState().append(imported);
      setMessage({ error: false, text: t('slides.imported', { count: imported.length }) });
    } catch (e) {
      setMessage({ error: true, text: t('slides.importError', { message: (e as Error).message }) });
    }
  };
  return (
    <div className="slides-file">
      <button type="button" className="btn" disabled={!slides.length} onClick={() => downloadBlob(new Blob([toSlidesFile(slides)], { type: 'application/json' }), 'slides.json')}>
        {t('slides.export')}
      </button>
      <button type="button" className="btn" onClick={() => input.current?.click()}>
        {t('slides.import')}
      </button>
      <input
        ref={input}
        type="file"
        accept="application/json,.json"
        hidden
        data-testid="slides-import"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void importFile(file);
        }}
      />
      {message && (
        <p className={message.error ? 'import-message error' : 'import-message'} role={message.error ? 'alert' : 'status'} dir="auto">
          {message.text}
        </p>
      )}
    </div>
  );
}

export function SlidesPanel() {
  const { t } = useTranslation('briefing');
  const slides = useSlidesStore((s) => s.slides);
  return (
    <div className="slides-panel">
      <SaveViewForm />
      <h3>{t('slides.heading')}</h3>
      {slides.length ? (
        <ol className="slide-list" aria-label={t('slides.list')}>
          {slides.map((s, i) => (
            <SlideItem key={s.id} slide={s} position={i} total={slides.length} />
          ))}
        </ol>
      ) : (
        <p className="muted">{t('slides.empty')}</p>
      )}
      <div className="slides-footer">
        <button type="button" className="btn primary" disabled={!slides.length} onClick={() => useBriefingStore.getState().startPresenting(0)}>
          {t('slides.present')}
        </button>
        <SlidesFileButtons />
      </div>
    </div>
  );
}
