// What can be done with words of a passage (say they name a person, or report an event the pipeline missed) and
// with a recognised mention (it is not that person, or it is another one). Each choice is one correction.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MentionAnchor } from '../../schema/corrections';
import { useAppStore } from '../../store/app-store';
import type { CorrectionRequest } from '../../store/corrections';
import { isolate } from '../../i18n/bidi';
import { actorName } from '../shared/format';
import { ActorPick } from './actor-pick';

export type CorrectionTarget =
  /** Selected words: `words` when they lie in one passage, and the passages they touch. */
  | { kind: 'words'; words: Omit<MentionAnchor, 'actorId'> | null; passageIds: string[] }
  | { kind: 'mention'; mention: MentionAnchor; via: string };

interface Props {
  target: CorrectionTarget;
  /** Take the focus at once (opened from the keyboard). */
  focusFirst: boolean;
  onClose: () => void;
}

const ARABIC = /\p{Script=Arabic}/u;

/** The analyst's correction that added this mention, if one did. */
function addedBy(mention: MentionAnchor): string | undefined {
  return useAppStore
    .getState()
    .corrections.find(
      (c) => c.kind === 'mention.add' && c.mention.passageId === mention.passageId && c.mention.start === mention.start && c.mention.end === mention.end && c.mention.actorId === mention.actorId,
    )?.id;
}

/** A new person's name in both languages, each field started from the words typed or selected in its script. */
function NewPersonForm({ words, typed, onSave }: { words: string; typed: string; onSave: (name: { en: string; ar: string }) => void }) {
  const { t } = useTranslation('mentions');
  const guess = (ar: boolean) => [typed, words].find((s) => s.trim() && ARABIC.test(s) === ar)?.trim() ?? '';
  const [en, setEn] = useState(guess(false));
  const [ar, setAr] = useState(guess(true));
  const [missing, setMissing] = useState(false);
  return (
    <form
      className="new-person"
      onSubmit={(e) => {
        e.preventDefault();
        if (!en.trim() && !ar.trim()) return setMissing(true);
        onSave({ en: en.trim(), ar: ar.trim() });
      }}
    >
      <label>
        {t('newPerson.en')}
        <input dir="ltr" lang="en" value={en} autoFocus={!en} onChange={(e) => setEn(e.target.value)} />
      </label>
      <label>
        {t('newPerson.ar')}
        <input dir="rtl" lang="ar" value={ar} autoFocus={!!en && !ar} onChange={(e) => setAr(e.target.value)} />
      </label>
      {missing && (
        <p className="field-error" role="alert">
          {t('newPerson.needName')}
        </p>
      )}
      <button type="submit" className="btn primary" autoFocus={!!en && !!ar}>
        {t('newPerson.save')}
      </button>
    </form>
  );
}

export function MentionPopover({ target, focusFirst, onClose }: Props) {
  const { t } = useTranslation('mentions');
  const lang = useAppStore((s) => s.nameLanguage);
  const actors = useAppStore((s) => s.index?.actorById);
  const [step, setStep] = useState<'menu' | 'pick' | { typed: string }>('menu');
  /** The menu takes the focus when opened from the keyboard, and on the way back from a step (whose Back is gone). */
  const [focusMenu, setFocusMenu] = useState(focusFirst);
  const menu = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (step === 'menu' && focusMenu) menu.current?.querySelector('button')?.focus();
  }, [step, focusMenu]);

  const save = (request: CorrectionRequest) => {
    const store = useAppStore.getState();
    store.correct(request);
    store.notify({ text: t('saved'), tone: 'success' });
    onClose();
  };
  const back = (
    <button
      type="button"
      className="link"
      onClick={() => {
        setFocusMenu(true);
        setStep('menu');
      }}
    >
      {t('back')}
    </button>
  );

  if (target.kind === 'words') {
    const { words, passageIds } = target;
    if (step === 'pick' && words) return <ActorPick onPick={(actorId) => save({ kind: 'mention.add', mention: { ...words, actorId } })} extra={() => back} />;
    return (
      <div className="mention-menu" ref={menu}>
        {words && (
          <button type="button" className="btn" onClick={() => setStep('pick')}>
            {t('words.mentionOf')}
          </button>
        )}
        <button
          type="button"
          className="btn"
          onClick={() => {
            onClose();
            useAppStore.getState().startEditing({ kind: 'newEvent', passageIds });
          }}
        >
          {t('words.missedEvent', { count: passageIds.length })}
        </button>
      </div>
    );
  }

  const { mention } = target;
  const actor = actors?.get(mention.actorId);
  const name = isolate(actor ? actorName(actor, lang) : mention.actorId);
  if (step === 'pick') {
    return (
      <ActorPick
        exclude={mention.actorId}
        onPick={(to) => save({ kind: 'actor.split', mention, to })}
        extra={(typed) => (
          <p className="actor-pick-extra">
            <button type="button" className="link" onClick={() => setStep({ typed })}>
              {t('pick.newPerson')}
            </button>{' '}
            {back}
          </p>
        )}
      />
    );
  }
  if (typeof step === 'object') {
    return (
      <>
        <NewPersonForm
          words={mention.text}
          typed={step.typed}
          onSave={(newName) => save({ kind: 'actor.split', mention, to: null, name: newName })}
        />
        {back}
      </>
    );
  }
  // A mention the analyst added is taken back by undoing that addition (the extraction never had it to remove).
  const addition = target.via === 'analyst' ? addedBy(mention) : undefined;
  return (
    <div className="mention-menu" ref={menu}>
      <button
        type="button"
        className="btn"
        onClick={() => {
          if (!addition) return save({ kind: 'mention.remove', mention });
          const store = useAppStore.getState();
          store.undoCorrection(addition);
          store.notify({ text: t('takenBack'), tone: 'success' });
          onClose();
        }}
      >
        {t('mention.notMentionOf', { name })}
      </button>
      {!addition && (
        <button type="button" className="btn" onClick={() => setStep('pick')}>
          {t('mention.anotherPerson')}
        </button>
      )}
    </div>
  );
}
