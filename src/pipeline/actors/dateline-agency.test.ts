import { datelineAgencyCountry } from './dateline-agency';

describe('the national agency a dateline credits', () => {
  it('reads its country from the dateline, in either script, up to the dateline’s colon', () => {
    expect(['الجزائر - واج: حلّ الرئيس', 'جدة - «واس»: استقبل', 'الرباط - و.م.ع: أجرى', 'RIYADH (SPA) — The minister', 'CAIRO (MENA) - Egypt'].map(datelineAgencyCountry)).toEqual([
      'DZ',
      'SA',
      'MA',
      'SA',
      'EG',
    ]);
  });

  it('names no country for an agency of the world’s news, a word that only spells like one, or a credit past the dateline', () => {
    expect(['عمّان - «الأناضول»: استقبل', 'موسكو - وكالات: سلّم', 'DUBAI: A spa resort opens', 'القاهرة: قال مصدر لوكالة واس إن'].map(datelineAgencyCountry)).toEqual([null, null, null, null]);
  });
});
