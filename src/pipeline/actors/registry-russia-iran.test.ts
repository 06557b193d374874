// The Russian and Iranian office-holders of `registry/russia-iran.json` (and Velayati's adviser role in the core
// file): their terms, and the sentences of Russian–Iranian news that name them by name, surname or title. The
// sentences are the team's own, written in the way Arabic and English outlets report such contacts.
import { defaultActorIndex } from './default-actor-index';
import { matchActors } from './match-actors';

const index = defaultActorIndex();
/** The ids the matcher finds in a sentence published on `date`, in order. */
const ids = (text: string, date: string, seen: string[] = []) =>
  matchActors(index, text, date, null, seen.length ? { seen, homes: [], discovered: new Map() } : undefined).map((m) => m.actorId ?? `new:${m.discovered?.name}`);
/** The terms of one actor's role, [from, to]. */
const terms = (id: string, role: string) => index.actors.get(id)!.roles.filter((r) => r.role === role).map((r) => [r.from, r.to]);

describe('russia-iran registry part: terms of office', () => {
  it('has Kharrazi as foreign minister 1997–2005 (between Velayati and 2005) and head of the Strategic Council since 2006-06-25', () => {
    expect(terms('kamal-kharrazi', 'foreign_minister')).toEqual([['1997-08-20', '2005-08-24']]);
    expect(terms('ali-akbar-velayati', 'foreign_minister')).toEqual([['1981-12-15', '1997-08-20']]);
    expect(terms('kamal-kharrazi', 'foreign_relations_council_head')).toEqual([['2006-06-25', null]]);
  });

  it('has Mohseni-Ejei as head of the judiciary since 2021-07-01, intelligence minister 2005–2009', () => {
    expect(terms('mohseni-ejei', 'judiciary_chief')).toEqual([['2021-07-01', null]]);
    expect(terms('mohseni-ejei', 'intelligence_minister')).toEqual([['2005-08-24', '2009-07-26']]);
  });

  it('moves Oreshkin from the economy ministry to the Kremlin: aide 2020–2024, deputy head of the administration since 2024-05-14', () => {
    expect(terms('maxim-oreshkin', 'economy_minister')).toEqual([['2016-11-30', '2020-01-21']]);
    expect(terms('reshetnikov', 'economy_minister')).toEqual([['2020-01-21', null]]);
    expect(terms('maxim-oreshkin', 'presidential_aide_economic_affairs')).toEqual([['2020-01-24', '2024-05-14']]);
    expect(terms('maxim-oreshkin', 'presidential_administration_deputy_head')).toEqual([['2024-05-14', null]]);
  });

  it('has the other Russian and Iranian terms', () => {
    expect(terms('sergei-kiriyenko', 'presidential_administration_first_deputy_head')).toEqual([['2016-10-05', null]]);
    expect(terms('sergei-kiriyenko', 'nuclear_agency_head')).toEqual([['2005-11-15', '2016-10-05']]);
    expect(terms('konstantin-kosachev', 'federation_council_deputy_chair')).toEqual([['2021-03-17', null]]);
    expect(terms('leonid-slutsky', 'duma_foreign_affairs_committee_chair')).toEqual([['2016-10-05', null]]);
    expect(terms('leonid-slutsky', 'ldpr_leader')).toEqual([['2022-05-27', null]]);
    expect(terms('ramzan-kadyrov', 'chechnya_head')).toEqual([['2007-04-05', null]]);
    expect(terms('fatemeh-mohajerani', 'government_spokesperson')).toEqual([['2024-08-28', null]]);
    expect(terms('mohsen-rezaei', 'vice_president_economic_affairs')).toEqual([['2021-08-25', '2023-06-12']]);
    // Adviser since 1997 (the day is not known) to Ali Khamenei, until his death.
    expect(terms('ali-akbar-velayati', 'supreme_leader_international_affairs_adviser')).toEqual([[null, '2026-02-28']]);
  });
});

describe('russia-iran registry part: recognised in a sentence', () => {
  it('Kharrazi, by name, surname and title', () => {
    expect(ids('استقبل رئيس المجلس الاستراتيجي للعلاقات الخارجية كمال خرازي السفير الروسي في طهران أمس', '2025-05-10')).toEqual(['kamal-kharrazi']);
    expect(ids('وأوضح خرازي أن طهران لم تغلق باب الحوار مع موسكو', '2025-05-10')).toEqual(['kamal-kharrazi']);
    expect(ids('وأكد رئيس المجلس الاستراتيجي للعلاقات الخارجية في إيران أن التعاون مع روسيا استراتيجي', '2025-05-10')).toEqual(['kamal-kharrazi']);
    expect(ids('وكان وزير الخارجية الإيراني قد زار موسكو', '2003-05-10')).toEqual(['kamal-kharrazi']);
  });

  it('Mohseni-Ejei, by both Arabic spellings and by title', () => {
    expect(ids('التقى رئيس السلطة القضائية الإيرانية غلام حسين محسني إيجئي المدعي العام الروسي في طهران', '2024-05-10')).toEqual(['mohseni-ejei']);
    expect(ids('وبحث محسني إجئي مع الوفد الروسي تبادل المحكومين', '2024-05-10')).toEqual(['mohseni-ejei']);
    expect(ids('وأشاد محسني ايجئي بمستوى التعاون القضائي بين البلدين', '2024-05-10')).toEqual(['mohseni-ejei']);
    expect(ids('وقال رئيس السلطة القضائية في إيران إن الاتفاق سيوقع قريبا', '2024-05-10')).toEqual(['mohseni-ejei']);
    // Before his appointment the title names nobody the registry knows.
    expect(ids('وقال رئيس السلطة القضائية الإيرانية إن الاتفاق سيوقع قريبا', '2020-05-10')).toEqual([]);
  });

  it('Oreshkin, by name and by each title of his', () => {
    expect(ids('وصل مساعد الرئيس الروسي مكسيم أوريشكين إلى طهران على رأس وفد اقتصادي', '2022-07-19')).toEqual(['maxim-oreshkin']);
    expect(ids('وبحث نائب رئيس الإدارة الرئاسية الروسية ماكسيم أوريشكين مع نظيره الإيراني ممر الشمال والجنوب', '2025-02-10')[0]).toBe('maxim-oreshkin');
    expect(ids('وقال أوريشكين إن حجم التبادل التجاري ارتفع', '2025-02-10')).toEqual(['maxim-oreshkin']);
    expect(ids('وأعلن المساعد الاقتصادي للرئيس الروسي أن التسويات ستجري بالعملات الوطنية', '2022-07-19')).toEqual(['maxim-oreshkin']);
    expect(ids('وقال وزير التنمية الاقتصادية الروسي إن', '2018-02-10')).toEqual(['maxim-oreshkin']);
  });

  it('Kharrazi, Mohseni-Ejei and Oreshkin in English', () => {
    expect(ids("Kamal Kharrazi, who heads Iran's Strategic Council on Foreign Relations, met Kremlin deputy chief of staff Maxim Oreshkin in Moscow", '2025-02-10')).toEqual([
      'kamal-kharrazi',
      'maxim-oreshkin',
    ]);
    expect(ids("Iran's judiciary chief Gholamhossein Mohseni-Ejei received the Russian prosecutor general", '2024-05-10')[0]).toBe('mohseni-ejei');
  });

  it('the other new Russian and Iranian office-holders, by name and by title', () => {
    expect(ids('وقال النائب الأول لرئيس الإدارة الرئاسية الروسية سيرغي كيرينكو إن', '2023-02-10')).toEqual(['sergei-kiriyenko']);
    expect(ids('وقال رئيس روساتوم إن المحطة ستنجز في موعدها', '2012-02-10')).toEqual(['sergei-kiriyenko']);
    expect(ids('وقال نائب رئيس مجلس الاتحاد الروسي قسطنطين كوساتشوف إن', '2023-02-10')).toEqual(['konstantin-kosachev']);
    expect(ids('وقال رئيس لجنة الشؤون الدولية في مجلس الاتحاد الروسي إن', '2020-06-10')).toEqual(['konstantin-kosachev']);
    expect(ids('وقال رئيس لجنة الشؤون الدولية في مجلس الدوما إن', '2023-02-10')).toEqual(['leonid-slutsky']);
    expect(ids('وقال زعيم الحزب الليبرالي الديمقراطي الروسي ليونيد سلوتسكي إن', '2023-02-10')).toEqual(['leonid-slutsky']);
    expect(ids('استقبل الرئيس الشيشاني رمضان قديروف السفير الإيراني في غروزني', '2023-02-10')).toEqual(['ramzan-kadyrov']);
    expect(ids('وقال الزعيم الشيشاني إن قواته مستعدة', '2023-02-10')).toEqual(['ramzan-kadyrov']);
    expect(ids('وقالت المتحدثة باسم الحكومة الإيرانية إن الرئيس سيزور موسكو', '2025-02-10')).toEqual(['fatemeh-mohajerani']);
    expect(ids('وقال نائب الرئيس الإيراني للشؤون الاقتصادية محسن رضائي إن', '2022-02-10')).toEqual(['mohsen-rezaei']);
    expect(ids('وقال مستشار المرشد الأعلى للشؤون الدولية إن', '2024-02-10')).toEqual(['ali-akbar-velayati']);
  });

  it('names no one with words that only look like their names or titles', () => {
    // «لاجئي» («refugees of») is «ل» + «اجئي»: no mention, even once Mohseni-Ejei is named.
    expect(ids('وبحث الجانبان أوضاع لاجئي أفغانستان في إيران', '2024-05-10', ['mohseni-ejei'])).toEqual([]);
    // «رضائي» is an adjective; «مهاجراني» alone may be Ataollah Mohajerani: either names its person only once named.
    expect(ids('وتوصل الطرفان إلى حل رضائي للنزاع', '2022-02-10')).toEqual([]);
    expect(ids('وقال مهاجراني إن', '2025-02-10')).toEqual([]);
    expect(ids('وقال مهاجراني إن', '2025-02-10', ['fatemeh-mohajerani'])).toEqual(['fatemeh-mohajerani']);
    // Relatives who share a surname, with their own given names: Kadyrov's father and sons, Kiriyenko's son, Kharrazi's nephew.
    expect(ids('وقال آدم قديروف إن', '2025-02-10')).not.toContain('ramzan-kadyrov');
    expect(ids('وأطلق اسم أحمد قديروف على الشارع', '2025-02-10')).not.toContain('ramzan-kadyrov');
    expect(ids('Akhmat Kadyrov, the son of the Chechen leader, was promoted', '2025-02-10')).not.toContain('ramzan-kadyrov');
    expect(ids('وقال فلاديمير كيرينكو إن الشركة ستطلق منصة جديدة', '2025-02-10')).not.toContain('sergei-kiriyenko');
    expect(ids('وقال صادق خرازي إن', '2025-02-10')).toEqual(['sadegh-kharrazi']);
    // Japan's Liberal Democratic Party is not the LDPR; a bare Iranian vice-president is not Rezaei.
    expect(ids('وقال زعيم الحزب الليبرالي الديمقراطي الياباني إن', '2023-02-10')).toEqual([]);
    expect(ids('وقال نائب الرئيس الإيراني إن', '2022-02-10')).toEqual([]);
    // A bare Russian presidential aide is still Ushakov, as before Oreshkin's aide years were recorded.
    expect(ids('وقال مساعد الرئيس الروسي إن', '2022-02-10')).toEqual(['ushakov']);
  });
});
