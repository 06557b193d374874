// The edit dialog's body for an actor: names, country and roles (one 'actor.edit'), "Merge into…", "Not a person",
// and for a discovered person "Promote to curated". Each action records one correction with the reason given.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Actor } from '../../schema/dataset';
import { useAppStore } from '../../store/app-store';
import { DateField } from '../shared/date-field';
import { actorName } from '../shared/format';
import { countryLabel } from '../shared/palette';
import { actorEditRequest, draftOfActor, emptyRole, type ActorDraft } from './actor-draft';
import { withReason } from './event-draft';
import { actorOptions } from '../shared/pick-options';
import { ReasonField } from './reason-field';
import { saveCorrection } from './save-correction';
import { SearchablePick } from './searchable-pick';
import { SaveRow } from './save-row';

export function ActorEditForm({ actor }: { actor: Actor }) {
  const { t } = useTranslation('edit');
  const [reason, setReason] = useState('');
  return (
    <>
      <ReasonField value={reason} onChange={setReason} />
      <ActorDetails actor={actor} reason={reason} />
      <MergeActor actor={actor} reason={reason} />
      <section className={actor.discovered ? 'edit-section is-stressed' : 'edit-section'}>
        <h3>{t('actor.notPersonHeading')}</h3>
        <p className="small">{t(actor.discovered ? 'actor.notPersonDiscovered' : 'actor.notPersonCurated')}</p>
        <button type="button" className="btn danger" onClick={() => saveCorrection({ kind: 'actor.notPerson', actorId: actor.id, ...withReason(reason) })}>
          {t('actor.notPerson')}
        </button>
      </section>
      {actor.discovered && (
        <section className="edit-section">
          <h3>{t('actor.promoteHeading')}</h3>
          <p className="small">{t('actor.promoteHint')}</p>
          <button type="button" className="btn" onClick={() => saveCorrection({ kind: 'actor.promote', actorId: actor.id, ...withReason(reason) })}>
            {t('actor.promote')}
          </button>
        </section>
      )}
    </>
  );
}

function ActorDetails({ actor, reason }: { actor: Actor; reason: string }) {
  const { t } = useTranslation('edit');
  const dataset = useAppStore((s) => s.dataset)!;
  const [draft, setDraft] = useState<ActorDraft>(() => draftOfActor(actor));
  const [unchanged, setUnchanged] = useState(false);
  const countries = useId();
  const set = (change: Partial<ActorDraft>) => {
    setUnchanged(false);
    setDraft({ ...draft, ...change });
  };
  const setRole = (i: number, change: Partial<ActorDraft['roles'][number]>) => set({ roles: draft.roles.map((r, j) => (j === i ? { ...r, ...change } : r)) });
  const known = [...new Set(dataset.actors.flatMap((a) => [a.country, ...a.roles.map((r) => r.country)]).filter((c): c is string => !!c))].sort();
  const save = (e: FormEvent) => {
    e.preventDefault();
    const request = actorEditRequest(actor, draft, reason);
    if (request) saveCorrection(request);
    else setUnchanged(true);
  };
  const names = (which: 'name' | 'shortName') => (
    <div className="edit-row">
      {(['en', 'ar'] as const).map((lang) => (
        <label key={lang} className="edit-field">
          <span className="edit-label">{t(`actor.${which}.${lang}`)}</span>
          <input className="input" dir="auto" lang={lang} value={draft[which][lang]} onChange={(e) => set({ [which]: { ...draft[which], [lang]: e.currentTarget.value } })} />
        </label>
      ))}
    </div>
  );
  return (
    <form className="edit-section" onSubmit={save}>
      <h3>{t('actor.detailsHeading')}</h3>
      {names('name')}
      {names('shortName')}
      <label className="edit-field edit-country">
        <span className="edit-label">{t('actor.country')}</span>
        <input className="input" list={countries} value={draft.country} placeholder={t('actor.countryNone')} onChange={(e) => set({ country: e.currentTarget.value })} />
        <datalist id={countries}>
          {known.map((code) => (
            <option key={code} value={code} label={countryLabel(code)} />
          ))}
        </datalist>
      </label>
      <fieldset className="edit-fieldset">
        <legend>{t('actor.roles')}</legend>
        {draft.roles.length === 0 && <p className="muted small">{t('actor.noRoles')}</p>}
        {draft.roles.map((r, i) => (
          <fieldset key={i} className="edit-role">
            <legend className="visually-hidden">{t('actor.role', { n: i + 1 })}</legend>
            <div className="edit-row">
              {(['en', 'ar'] as const).map((lang) => (
                <label key={lang} className="edit-field">
                  <span className="edit-label">{t(`actor.roleTitle.${lang}`)}</span>
                  <input className="input" dir="auto" lang={lang} value={r.title[lang]} onChange={(e) => setRole(i, { title: { ...r.title, [lang]: e.currentTarget.value } })} />
                </label>
              ))}
            </div>
            <div className="edit-row">
              <label className="edit-field">
                <span className="edit-label">{t('actor.roleKey')}</span>
                <input className="input" dir="ltr" value={r.role} placeholder="foreign_minister" onChange={(e) => setRole(i, { role: e.currentTarget.value })} />
              </label>
              <label className="edit-field">
                <span className="edit-label">{t('actor.roleCountry')}</span>
                <input className="input" list={countries} value={r.country} onChange={(e) => setRole(i, { country: e.currentTarget.value })} />
              </label>
              <label className="edit-field">
                <span className="edit-label">{t('actor.from')}</span>
                <DateField value={r.from ?? ''} onChange={(day) => setRole(i, { from: day || null })} />
              </label>
              <label className="edit-field">
                <span className="edit-label">{t('actor.to')}</span>
                <DateField value={r.to ?? ''} onChange={(day) => setRole(i, { to: day || null })} />
              </label>
            </div>
            <button type="button" className="btn danger" onClick={() => set({ roles: draft.roles.filter((_, j) => j !== i) })}>
              {t('actor.removeRole', { n: i + 1 })}
            </button>
          </fieldset>
        ))}
        <button type="button" className="btn" onClick={() => set({ roles: [...draft.roles, emptyRole(draft.country.trim().toUpperCase())] })}>
          {t('actor.addRole')}
        </button>
      </fieldset>
      <SaveRow label={t('actor.save')} unchanged={unchanged} />
    </form>
  );
}

function MergeActor({ actor, reason }: { actor: Actor; reason: string }) {
  const { t } = useTranslation('edit');
  const dataset = useAppStore((s) => s.dataset)!;
  const index = useAppStore((s) => s.index)!;
  const lang = useAppStore((s) => s.nameLanguage);
  const [into, setInto] = useState<string | null>(null);
  const target = into ? index.actorById.get(into) : undefined;
  return (
    <section className="edit-section">
      <h3>{t('actor.mergeHeading')}</h3>
      <p className="small">{t('actor.mergeHint', { name: actorName(actor, lang) })}</p>
      <SearchablePick label={t('actor.mergePick')} options={actorOptions(dataset.actors.filter((a) => a.id !== actor.id), lang)} onPick={setInto} picked={into} />
      {target && (
        <div className="edit-confirm">
          <p className="small">{t('actor.mergeConfirm', { from: '\u2068' + actorName(actor, lang) + '\u2069', into: '\u2068' + actorName(target, lang) + '\u2069' })}</p>
          <button type="button" className="btn primary" onClick={() => saveCorrection({ kind: 'actor.merge', from: actor.id, into: target.id, ...withReason(reason) })}>
            {t('actor.merge', { name: actorName(target, lang) })}
          </button>
        </div>
      )}
    </section>
  );
}
