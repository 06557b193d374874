// Every value of the dataset's enums that the views put into words has its words in both languages: a value added
// to the schema (a new date basis, a new way a participant was read) is not shown as its raw key.
import { describe, expect, it } from 'vitest';
import { correctionSchema } from '../../schema/corrections';
import { dateBasisSchema, mentionViaSchema, participantViaSchema } from '../../schema/dataset';
import i18next from '../i18n';

const has = (lang: string, ns: string, key: string) => i18next.exists(key, { lng: lang, ns, fallbackLng: [] });

describe.each(['en', 'ar'])('words for the schema’s values in %s', (lang) => {
  it('date bases, mention and participant readings', () => {
    const missing = [
      ...dateBasisSchema.options.map((v) => `date.basis.${v}`),
      ...mentionViaSchema.options.flatMap((v) => [`via.${v}`, `via.name.${v}`]),
      ...participantViaSchema.options.flatMap((v) => [`eventCard.via.${v}`, `eventCard.viaShort.${v}`]),
    ].filter((key) => !has(lang, 'explorer', key));
    expect(missing).toEqual([]);
  });

  it('correction kinds', () => {
    const kinds = correctionSchema.def.options.map((o) => o.def.shape.kind.def.values[0]);
    expect(kinds.filter((k) => !has(lang, 'corrections', `kind.${k}`))).toEqual([]);
  });
});
