import { datelineAgencyCountry, datelinePlaceCountry } from './dateline-agency';

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

describe('the place a dateline opens with', () => {
  it('reads the country of a city the lexicon knows, in capitals in English, before a comma, dash, slash or bracket', () => {
    expect(['WASHINGTON (AP) — Kuwait’s top diplomat', 'SEOUL, Oct. 3 (Yonhap) --', 'الدوحة/ الأناضول', 'بيروت - استقبل', 'طهران في 5 مارس /إرنا/'].map(datelinePlaceCountry)).toEqual(['US', 'KR', 'QA', 'LB', 'IR']);
  });

  it('names none for a sentence that opens with a city, or a place it does not know', () => {
    expect(['Doha, the Qatari capital, hosted', 'SPRINGFIELD - The mayor', 'استقبل الرئيس في الرياض'].map(datelinePlaceCountry)).toEqual([null, null, null]);
  });
});
