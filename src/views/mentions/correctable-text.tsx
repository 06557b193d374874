// A text whose words can be corrected: select words (mouse, or Shift+arrows once the text has the focus) to say
// whom they name or to report an event they tell of; click a highlighted mention (or Enter on it) to take it back
// or give it to another person. Offsets come from the rendered runs (HighlightedText's data-start), counted in
// `text`, where each passage sits at its `start` (0 in a passage list, its place in the article in the reader).
import { useEffect, useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store/app-store';
import { selectEditable } from '../../store/select-source';
import { isolate } from '../../i18n/bidi';
import { actorName } from '../shared/format';
import { MentionPopover, type CorrectionTarget } from './mention-popover';
import { boundaryOffset, pointAt, selectionOffsets, stepOffset, trimSpan } from './text-offsets';

export interface TextPassage {
  id: string;
  /** Where the passage's text begins in the text shown. */
  start: number;
  text: string;
}

interface Props {
  text: string;
  passages: TextPassage[];
  lang: string;
  dir: 'rtl' | 'ltr';
  className: string;
  /** HighlightedText runs over `text`, with focusable marks. */
  children: ReactNode;
}

interface Open {
  target: CorrectionTarget;
  /** The words' box on screen, the popover goes under it (null where layout is unknown). */
  rect: DOMRect | null;
  focusFirst: boolean;
  /** What has the focus back when it closes. */
  from: HTMLElement | null;
}

const PAGE_GAP = 4;

function rectOf(target: Range | Element): DOMRect | null {
  return typeof target.getBoundingClientRect === 'function' ? target.getBoundingClientRect() : null;
}

/** Text whose words and mentions can be corrected; a dataset that cannot be (read-only) shows it as it is. */
export function CorrectableText(props: Props) {
  if (useAppStore(selectEditable)) return <EditableText {...props} />;
  return (
    <div className={props.className} lang={props.lang} dir={props.dir}>
      {props.children}
    </div>
  );
}

function EditableText({ text, passages, lang, dir, className, children }: Props) {
  const { t } = useTranslation('mentions');
  const nameLanguage = useAppStore((s) => s.nameLanguage);
  const actorById = useAppStore((s) => s.index?.actorById);
  const wrap = useRef<HTMLDivElement>(null);
  const root = useRef<HTMLDivElement>(null);
  const popover = useRef<HTMLDivElement>(null);
  /** The keyboard's selection (anchor and moving end), as offsets of `text`. */
  const keyed = useRef<{ anchor: number; focus: number } | null>(null);
  const [open, setOpen] = useState<Open | null>(null);
  const hintId = useId();

  const wordsAt = (from: number, to: number): CorrectionTarget | null => {
    const { start, end } = trimSpan(text, from, to);
    if (end <= start) return null;
    const touched = passages.filter((p) => p.start < end && start < p.start + p.text.length);
    if (!touched.length) return null;
    const home = touched.length === 1 && end <= touched[0].start + touched[0].text.length && start >= touched[0].start ? touched[0] : null;
    const words = home
      ? { passageId: home.id, start: start - home.start, end: end - home.start, text: home.text.slice(start - home.start, end - home.start) }
      : null;
    return { kind: 'words', words, passageIds: touched.map((p) => p.id) };
  };

  const mentionAt = (mark: HTMLElement): CorrectionTarget | null => {
    const start = Number(mark.dataset.start);
    const end = start + (mark.textContent ?? '').length;
    const home = passages.find((p) => p.start <= start && end <= p.start + p.text.length);
    if (!home || !mark.dataset.actor) return null;
    const at = { start: start - home.start, end: end - home.start };
    return { kind: 'mention', via: mark.dataset.via ?? '', mention: { passageId: home.id, ...at, text: home.text.slice(at.start, at.end), actorId: mark.dataset.actor } };
  };

  /** Shows the choices for the words selected in the text (a drag may end outside it: it is listened for on the page). */
  const showSelection = () => {
    const selection = window.getSelection();
    const span = root.current && selectionOffsets(root.current, selection);
    const target = span && wordsAt(span.start, span.end);
    setOpen(target ? { target, rect: rectOf(selection!.getRangeAt(0)), focusFirst: false, from: root.current } : null);
  };

  const showMention = (mark: HTMLElement, focusFirst: boolean) => {
    const target = mentionAt(mark);
    if (target) setOpen({ target, rect: rectOf(mark), focusFirst, from: mark });
  };

  const close = () => {
    const from = open?.from;
    setOpen(null);
    (from?.isConnected ? from : root.current)?.focus();
  };

  const corrected = () => {
    window.getSelection()?.removeAllRanges();
    keyed.current = null;
    setOpen(null);
    root.current?.focus();
  };

  /** Shift+arrows move the selection's end by a letter (with Ctrl or Alt, a word), in the text's direction. */
  const extendSelection = (e: React.KeyboardEvent) => {
    const el = root.current!;
    const selection = window.getSelection();
    if (!selection) return;
    const now = selectionOffsets(el, selection);
    let state = keyed.current;
    const stillOurs = state && (state.anchor === state.focus ? !now : now?.start === Math.min(state.anchor, state.focus) && now.end === Math.max(state.anchor, state.focus));
    if (!state || !stillOurs) {
      const caret = selection.anchorNode && el.contains(selection.anchorNode) ? boundaryOffset(el, selection.anchorNode, selection.anchorOffset) : boundaryOffset(el, el, 0);
      state = { anchor: caret, focus: caret };
    }
    const forward = (e.key === 'ArrowRight') !== (dir === 'rtl');
    const focus = stepOffset(text, state.focus, forward, e.ctrlKey || e.altKey);
    keyed.current = { anchor: state.anchor, focus };
    const [a, f] = [pointAt(el, state.anchor), pointAt(el, focus)];
    if (a && f) selection.setBaseAndExtent(a[0], a[1], f[0], f[1]);
    showSelection();
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape' && open) {
      e.preventDefault(); // the app's Escape (clear the selection) waits for the next one
      e.stopPropagation();
      close();
    } else if (e.key === 'Enter') {
      const mark = (e.target as HTMLElement).closest<HTMLElement>('mark[data-start]');
      if (mark) showMention(mark, true);
      else if (open) popover.current?.querySelector<HTMLElement>('button, input')?.focus();
      else return;
      e.preventDefault();
    } else if (e.shiftKey && (e.key === 'ArrowLeft' || e.key === 'ArrowRight')) {
      e.preventDefault();
      extendSelection(e);
    }
  };

  const onClick = (e: React.MouseEvent) => {
    const mark = (e.target as HTMLElement).closest<HTMLElement>('mark[data-start]');
    if (mark && window.getSelection()?.isCollapsed !== false) showMention(mark, false);
  };

  useEffect(() => {
    if (!open) return;
    const onPointer = (e: PointerEvent) => {
      if (!popover.current?.contains(e.target as Node)) setOpen(null);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  // Under the words, from where they begin (the right in Arabic), and inside the text's width.
  useLayoutEffect(() => {
    const [box, pop] = [wrap.current, popover.current];
    if (!open || !box || !pop) return;
    const area = box.getBoundingClientRect();
    const words = open.rect ?? area;
    const width = pop.getBoundingClientRect().width;
    const wanted = dir === 'rtl' ? words.right - area.left - width : words.left - area.left;
    pop.style.left = `${Math.max(0, Math.min(wanted, area.width - width))}px`;
    pop.style.top = `${words.bottom - area.top + PAGE_GAP}px`;
    pop.scrollIntoView?.({ block: 'nearest' });
  }, [open, dir]);

  const title = () => {
    if (!open) return '';
    const { target } = open;
    if (target.kind === 'words') return target.words ? t('words.label', { words: isolate(target.words.text) }) : t('words.labelAcross');
    const actor = actorById?.get(target.mention.actorId);
    return t('mention.label', { words: isolate(target.mention.text), name: isolate(actor ? actorName(actor, nameLanguage) : target.mention.actorId) });
  };

  return (
    <div className="correctable" ref={wrap}>
      <div
        ref={root}
        className={className}
        lang={lang}
        dir={dir}
        tabIndex={0}
        aria-describedby={hintId}
        onMouseDown={() => document.addEventListener('mouseup', showSelection, { once: true })}
        onClick={onClick}
        onKeyDown={onKeyDown}
      >
        {children}
      </div>
      <span id={hintId} className="visually-hidden">
        {t('hint')}
      </span>
      {open && (
        <div
          ref={popover}
          className="mention-popover"
          role="dialog"
          aria-label={title()}
          onKeyDown={(e) => {
            if (e.key !== 'Escape') return;
            e.preventDefault();
            e.stopPropagation();
            close();
          }}
        >
          <p className="mention-popover-title">{title()}</p>
          <MentionPopover key={JSON.stringify(open.target)} target={open.target} focusFirst={open.focusFirst} onClose={corrected} />
        </div>
      )}
    </div>
  );
}
