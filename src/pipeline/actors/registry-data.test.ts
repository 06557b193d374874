// Facts the curated actor registry and role titles must keep: shape, key terms of office, spellings that
// the bundled corpus uses, and no name that could point at two people.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeArabic, tokenize } from '../normalize/normalize-arabic';
import { defaultActorIndex, REGISTRY_PARTS } from './default-actor-index';
import { matchActors } from './match-actors';
import { mergeRegistries, mergeRoleTitles, parseRegistry, parseRoleTitles, type RegistryActor } from './registry-schema';

// Every part of the registry (the core file and the regional ones), as the pipeline merges them.
const registry = mergeRegistries(REGISTRY_PARTS.map(([name, r]) => parseRegistry(r, name)));
const titles = mergeRoleTitles(REGISTRY_PARTS.map(([name, , t]) => parseRoleTitles(t, name)));
const byId = new Map(registry.actors.map((a) => [a.id, a]));

/** The form the matcher compares: normalised tokens joined by one space. */
const key = (s: string) => tokenize(normalizeArabic(s)).map((t) => t.token).join(' ');

function actor(id: string): RegistryActor {
  const a = byId.get(id);
  if (!a) throw new Error(`no actor ${id}`);
  return a;
}

function rolesOf(id: string, role: string, country: string) {
  return actor(id).roles.filter((r) => r.role === role && r.country === country);
}

/** Every term of an office, [holder, from, to], in order of its start (an unknown start first). */
function termsOf(role: string, country: string): [string, string | null, string | null][] {
  return registry.actors
    .flatMap((a) => a.roles.filter((r) => r.role === role && r.country === country).map((r): [string, string | null, string | null] => [a.id, r.from, r.to]))
    .sort((x, y) => (x[1] ?? '').localeCompare(y[1] ?? ''));
}

/** Every name string of an actor, tagged with its kind. */
function names(a: RegistryActor): { kind: 'fullNames' | 'surnames' | 'aliases'; lang: 'ar' | 'en'; text: string }[] {
  return (['fullNames', 'surnames', 'aliases'] as const).flatMap((kind) =>
    (['ar', 'en'] as const).flatMap((lang) => a[kind][lang].map((text) => ({ kind, lang, text }))),
  );
}

/** Which actor a phrase names by full name, surname or alias (null when none). */
function whoIs(phrase: string): string | null {
  const k = key(phrase);
  const hits = registry.actors.filter((a) => names(a).some((n) => key(n.text) === k));
  if (hits.length > 1) throw new Error(`${phrase} names ${hits.map((h) => h.id).join(', ')}`);
  return hits[0]?.id ?? null;
}

describe('actor registry: shape', () => {
  it('covers at least 50 states and bodies, every Arab League state among them, with unique kebab-case ids', () => {
    expect(registry.actors.length).toBeGreaterThanOrEqual(500);
    const countries = new Set(registry.actors.flatMap((a) => a.roles.map((r) => r.country)));
    expect(countries.size).toBeGreaterThanOrEqual(50);
    const arabLeague = ['DZ', 'BH', 'KM', 'DJ', 'EG', 'IQ', 'JO', 'KW', 'LB', 'LY', 'MR', 'MA', 'OM', 'PS', 'QA', 'SA', 'SO', 'SD', 'SY', 'TN', 'AE', 'YE'];
    for (const code of [...arabLeague, 'IR', 'TR', 'IL', 'RU', 'CN', 'US', 'GB', 'FR', 'DE', 'IN', 'PK', 'AF', 'KZ', 'KG', 'TJ', 'TM', 'UZ', 'EU', 'UN', 'NATO']) {
      expect(countries, code).toContain(code);
    }
    const ids = registry.actors.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it('lists every display name among the full names, Arabic in Arabic script and English in Latin', () => {
    for (const a of registry.actors) {
      expect(a.fullNames.ar.map(key), a.id).toContain(key(a.name.ar));
      expect(a.fullNames.en.map(key), a.id).toContain(key(a.name.en));
      for (const n of names(a)) {
        if (n.lang === 'ar') expect(n.text, `${a.id} ${n.text}`).toMatch(/^[\u0600-\u06FF\s.]+$/);
        else expect(n.text, `${a.id} ${n.text}`).toMatch(/^[\p{Script=Latin}\s.'-]+$/u);
      }
    }
  });

  it('has valid terms: from ≤ to, roles known to role-titles, countries known', () => {
    for (const a of registry.actors) {
      expect(titles.countries, a.id).toHaveProperty(a.country);
      for (const r of a.roles) {
        expect(titles.roles, `${a.id} ${r.role}`).toHaveProperty(r.role);
        expect(titles.countries, `${a.id} ${r.country}`).toHaveProperty(r.country);
        for (const d of [r.from, r.to]) if (d) expect(Number.isNaN(Date.parse(d)), `${a.id} ${d}`).toBe(false);
        if (r.from && r.to) expect(r.from <= r.to, `${a.id} ${r.role} ${r.from}..${r.to}`).toBe(true);
      }
    }
  });

  it('explains every term with an unknown start in a note', () => {
    for (const a of registry.actors) {
      if (a.roles.some((r) => r.from === null)) expect(a.note, a.id).toBeTruthy();
    }
  });
});

describe('actor registry: names', () => {
  it('gives no two actors the same normalised full name, surname or alias (a surname only to successors in one office)', () => {
    const owner = new Map<string, RegistryActor>();
    // Two holders of one office, one after the other: the matcher names the one of the article's day (namesakeOfTheDay).
    const successive = (a: RegistryActor, b: RegistryActor) =>
      a.roles.some((r) => b.roles.some((q) => r.role === q.role && r.country === q.country && ((r.to !== null && q.from !== null && r.to < q.from) || (q.to !== null && r.from !== null && q.to < r.from))));
    for (const a of registry.actors) {
      for (const n of names(a)) {
        const k = key(n.text);
        const prev = owner.get(k);
        if (prev && prev.id !== a.id && !(n.kind === 'surnames' && prev.surnames[n.lang].some((x) => key(x) === k) && successive(prev, a))) throw new Error(`«${n.text}» belongs to both ${prev.id} and ${a.id}`);
        owner.set(k, a);
      }
    }
  });

  it('repeats no spelling within one actor once normalised', () => {
    for (const a of registry.actors) {
      const keys = names(a).map((n) => key(n.text));
      expect(new Set(keys).size, a.id).toBe(keys.length);
    }
  });

  it('lists no ordinary word, rank, given name or shared surname as a surname', () => {
    const forbidden = [
      'رئيسي', 'أمير', 'مخبر', 'عارف', 'ظريف', 'كنعاني', 'بقائي', 'جلالي', 'سلامي', 'موسوي', 'قاسم', 'وحيدي',
      'باقري', 'بينت', 'ابن الرضا', 'أوستن', 'عباس', 'حسين', 'محمد', 'علي', 'مسعود',
      'Trump', 'Gallant', 'Austin', 'Bagheri', 'Qassem', 'Mousavi', 'Salami', 'Amir', 'Aref',
    ].map(key);
    for (const a of registry.actors) {
      for (const s of [...a.surnames.ar, ...a.surnames.en]) expect(forbidden, `${a.id}: ${s}`).not.toContain(key(s));
    }
  });

  it('resolves the spellings used in the bundled corpus', () => {
    const expected: [string, string][] = [
      ['بزشكيان', 'pezeshkian'],
      ['مسعود بزشكيان', 'pezeshkian'],
      ['مسعود بيزشكيان', 'pezeshkian'],
      ['فلاديمير بوتين', 'putin'],
      ['بوتين', 'putin'],
      ['سيرغي شويغو', 'shoigu'],
      ['شويغو', 'shoigu'],
      ['محمد أشتياني', 'ashtiani'],
      ['سيرغي لافروف', 'lavrov'],
      ['لافروف', 'lavrov'],
      ['حسين أمير عبد اللهيان', 'amir-abdollahian'],
      ['عبد اللهيان', 'amir-abdollahian'],
      ['غيورغي بوريسينكو', 'borisenko'],
      ['عباس عراقجي', 'araghchi'],
      ['أمير إيرواني', 'iravani'],
      ['حسن نصرالله', 'nasrallah'],
      ['اسماعيل هنية', 'haniyeh'],
      ['نتنياهو', 'netanyahu'],
      ['بنيامين نتنياهو', 'netanyahu'],
      ['يوآف غالانت', 'gallant'],
      ['غالانت', 'gallant'],
      ['بايدن', 'biden'],
      ['كاملا هاريس', 'harris'],
    ];
    const dir = join(process.cwd(), 'public/data/corpus'); // vitest runs from the project root
    const corpus = key(
      readdirSync(dir)
        .filter((f) => f.endsWith('.txt'))
        .map((f) => readFileSync(join(dir, f), 'utf8'))
        .join('\n'),
    );
    for (const [phrase, id] of expected) {
      expect(corpus, `corpus spells «${phrase}»`).toContain(key(phrase));
      expect(whoIs(phrase), phrase).toBe(id);
    }
  });

  it('covers the other transliterations news uses', () => {
    const expected: [string, string][] = [
      ['سيرجي لافروف', 'lavrov'],
      ['شويجو', 'shoigu'],
      ['جورجي بوريسينكو', 'borisenko'],
      ['بيزشكيان', 'pezeshkian'],
      ['پزشکیان', 'pezeshkian'],
      ['عبداللهيان', 'amir-abdollahian'],
      ['أميرعبداللهيان', 'amir-abdollahian'],
      ['عراقچی', 'araghchi'],
      ['نصر الله', 'nasrallah'],
      ['ترمب', 'trump'],
      ['أمير سعيد إيرواني', 'iravani'],
      ['Abbas Araqchi', 'araghchi'],
      ['Massoud Pezeshkian', 'pezeshkian'],
      ['Sergey Lavrov', 'lavrov'],
      ['Amir-Abdollahian', 'amir-abdollahian'],
    ];
    for (const [phrase, id] of expected) expect(whoIs(phrase), phrase).toBe(id);
    // Ordinary words and ranks stay unowned.
    for (const w of ['رئيسي', 'أمير', 'مخبر', 'Trump', 'Austin']) expect(whoIs(w), w).toBeNull();
  });
});

describe('actor registry: terms of office', () => {
  it('has Araghchi as Iran’s foreign minister from 2024-08-21, a deputy minister before', () => {
    expect(rolesOf('araghchi', 'foreign_minister', 'IR')).toEqual([
      expect.objectContaining({ from: '2024-08-21', to: null }),
    ]);
    const deputy = rolesOf('araghchi', 'deputy_foreign_minister', 'IR');
    expect(deputy).toHaveLength(1);
    expect(deputy[0].to! < '2024-08-21').toBe(true);
  });

  it('ends Amir-Abdollahian’s and Raisi’s terms on 2024-05-19, with acting successors', () => {
    expect(rolesOf('amir-abdollahian', 'foreign_minister', 'IR')).toEqual([
      expect.objectContaining({ from: '2021-08-25', to: '2024-05-19' }),
    ]);
    expect(rolesOf('raisi', 'president', 'IR')).toEqual([expect.objectContaining({ to: '2024-05-19' })]);
    expect(rolesOf('bagheri-kani', 'foreign_minister', 'IR')).toEqual([
      expect.objectContaining({ from: '2024-05-20', to: '2024-08-21' }),
    ]);
    expect(rolesOf('mokhber', 'president', 'IR')).toEqual([expect.objectContaining({ from: '2024-05-20', to: '2024-07-28' })]);
    expect(rolesOf('pezeshkian', 'president', 'IR')).toEqual([expect.objectContaining({ from: '2024-07-28', to: null })]);
  });

  it('hands Kazakhstan’s presidency from Nazarbayev to Tokayev, and the State Department’s podium from Miller to Bruce, on the day', () => {
    expect(termsOf('president', 'KZ')).toEqual([
      ['nursultan-nazarbayev', '1990-04-24', '2019-03-20'],
      ['kassym-jomart-tokayev', '2019-03-20', null],
    ]);
    expect(rolesOf('matthew-miller', 'foreign_ministry_spokesperson', 'US')).toEqual([expect.objectContaining({ to: '2025-01-20' })]);
    expect(rolesOf('tammy-bruce', 'foreign_ministry_spokesperson', 'US')).toEqual([expect.objectContaining({ from: '2025-01-20' })]);
    expect(rolesOf('dubravka-suica', 'mediterranean_commissioner', 'EU')).toEqual([expect.objectContaining({ from: '2024-12-01', to: null })]);
  });

  it('moves Shoigu from defence to the Security Council in May 2024', () => {
    expect(rolesOf('shoigu', 'defence_minister', 'RU')).toEqual([expect.objectContaining({ to: '2024-05-12' })]);
    expect(rolesOf('shoigu', 'security_council_secretary', 'RU')).toEqual([
      expect.objectContaining({ from: '2024-05-12', to: null }),
    ]);
    expect(rolesOf('patrushev', 'security_council_secretary', 'RU')).toEqual([expect.objectContaining({ to: '2024-05-12' })]);
    expect(rolesOf('belousov', 'defence_minister', 'RU')).toEqual([expect.objectContaining({ from: '2024-05-14', to: null })]);
  });

  it('has the other Iranian successions the corpus period needs', () => {
    expect(rolesOf('ashtiani', 'defence_minister', 'IR')).toEqual([expect.objectContaining({ to: '2024-08-21' })]);
    expect(rolesOf('khamenei', 'supreme_leader', 'IR')).toEqual([
      expect.objectContaining({ from: '1989-06-04', to: '2026-02-28' }),
    ]);
    expect(rolesOf('mojtaba-khamenei', 'supreme_leader', 'IR')).toEqual([expect.objectContaining({ from: '2026-03-09' })]);
    expect(rolesOf('iravani', 'un_envoy', 'IR')).toEqual([expect.objectContaining({ from: '2022-07-24', to: null })]);
    expect(rolesOf('borisenko', 'deputy_foreign_minister', 'RU')).toEqual([
      expect.objectContaining({ from: '2026-02-20', to: null }),
    ]);
  });

  it('never has two holders of a single-holder office overlap by more than the handover day', () => {
    const single = new Set([
      'president', 'first_vice_president', 'prime_minister', 'foreign_minister', 'defence_minister',
      'security_council_secretary', 'supreme_leader', 'chief_of_general_staff', 'irgc_commander', 'army_commander',
      'parliament_speaker', 'un_envoy', 'foreign_ministry_spokesperson', 'hezbollah_secretary_general',
      'hamas_politburo_chief', 'presidential_press_secretary', 'security_council_deputy_chairman',
    ]);
    // China's foreign ministry has several spokespeople at once: a bare title names none of them (holderOn is null).
    const shared = new Set(['foreign_ministry_spokesperson|CN']);
    const terms = registry.actors.flatMap((a) => a.roles.filter((r) => single.has(r.role) && !shared.has(`${r.role}|${r.country}`)).map((r) => ({ id: a.id, ...r })));
    for (const x of terms) {
      for (const y of terms) {
        if (x.id >= y.id || x.role !== y.role || x.country !== y.country) continue;
        const start = [x.from ?? '0000-01-01', y.from ?? '0000-01-01'].sort()[1];
        const end = [x.to ?? '9999-12-31', y.to ?? '9999-12-31'].sort()[0];
        if (start < end) throw new Error(`${x.role}|${x.country}: ${x.id} and ${y.id} overlap ${start}..${end}`);
      }
    }
  });
});

describe('actor registry: terms of the newer entries', () => {
  it('has one Algerian finance minister after another since 2020, Benabderrahmane while prime minister too', () => {
    const terms = termsOf('finance_minister', 'DZ').filter(([, , to]) => to === null || to >= '2020-01-02');
    expect(terms).toEqual([
      ['abderrahmane-raouya', '2020-01-02', '2020-06-23'],
      ['aymen-benabderrahmane', '2020-06-23', '2022-02-17'],
      ['abderrahmane-raouya', '2022-02-17', '2022-06-14'],
      ['brahim-djamel-kassali', '2022-06-14', '2023-03-16'],
      ['laaziz-faid', '2023-03-16', '2025-02-02'],
      ['abdelkrim-bouzred', '2025-02-02', null],
    ]);
  });

  it('moves Arkab from energy to hydrocarbons when the ministry is split on 2025-09-14', () => {
    expect(rolesOf('mohamed-arkab', 'energy_minister', 'DZ').map((r) => [r.from, r.to])).toEqual([
      ['2019-03-31', '2020-06-23'],
      ['2021-02-21', '2025-09-14'],
    ]);
    expect(rolesOf('mohamed-arkab', 'oil_minister', 'DZ')).toEqual([expect.objectContaining({ from: '2025-09-14', to: null })]);
    expect(rolesOf('mourad-adjal', 'energy_minister', 'DZ')).toEqual([expect.objectContaining({ from: '2025-09-14', to: null })]);
  });

  it('has one Kuwaiti oil minister after another from 2020-12-14, Al-Fassam acting between Al-Atiqi and Al-Roumi', () => {
    const terms = termsOf('oil_minister', 'KW');
    expect(terms).toEqual([
      ['mohammad-al-fares', '2020-12-14', '2022-10-16'],
      ['bader-al-mulla', '2022-10-16', '2023-06-18'],
      ['saad-al-barrak', '2023-06-18', '2024-01-17'],
      ['emad-al-atiqi', '2024-01-17', '2024-09-08'],
      ['noura-al-fassam', '2024-09-08', '2024-10-29'],
      ['tareq-al-roumi', '2024-10-29', null],
    ]);
  });

  it('has Jordan’s interior ministers of the Khasawneh government in order, Krishan acting for a week', () => {
    const terms = termsOf('interior_minister', 'JO');
    expect(terms).toEqual([
      ['salameh-hammad', null, '2020-10-12'],
      ['tawfiq-al-halalmeh', '2020-10-12', '2020-12-02'],
      ['samir-mubaidin', '2020-12-02', '2021-02-28'],
      ['tawfiq-krishan', '2021-02-28', '2021-03-07'],
      ['mazen-al-faraya', '2021-03-07', null],
    ]);
  });

  it('has the State Department spokespeople and the US envoys for Iran in order', () => {
    expect(rolesOf('ned-price', 'foreign_ministry_spokesperson', 'US')).toEqual([expect.objectContaining({ from: '2021-01-20', to: '2023-03-13' })]);
    expect(rolesOf('matthew-miller', 'foreign_ministry_spokesperson', 'US')).toEqual([expect.objectContaining({ from: '2023-04-24', to: '2025-01-20' })]);
    expect(rolesOf('elliott-abrams', 'special_envoy_iran', 'US')).toEqual([expect.objectContaining({ from: '2020-08-31', to: '2021-01-20' })]);
    expect(rolesOf('robert-malley', 'special_envoy_iran', 'US')).toEqual([expect.objectContaining({ from: '2021-01-28', to: '2023-06-29' })]);
  });
});

describe('actor registry: each new kind of entry is recognised in a sentence', () => {
  const index = defaultActorIndex();
  /** The ids the matcher finds in a sentence published on `date`, in order. */
  const ids = (text: string, date: string) => matchActors(index, text, date, null).map((m) => m.actorId ?? `new:${m.discovered?.name}`);

  it('a minister of a portfolio beyond foreign and defence (Algeria, the Gulf, Jordan, Iraq), by name and by title', () => {
    expect(ids('استقبل وزير الداخلية الجزائري إبراهيم مراد نظيره التونسي بمقر الوزارة', '2024-02-10')).toEqual(['brahim-merad', 'kamel-feki']);
    expect(ids('Algerian Interior Minister Brahim Merad hosted his Tunisian counterpart at the ministry', '2024-02-10')).toEqual(['brahim-merad', 'kamel-feki']);
    expect(ids('وأكد وزير المالية الجزائري أن عجز الموازنة سيتراجع', '2024-02-10')).toEqual(['laaziz-faid']);
    expect(ids('وتباحث عرقاب هاتفيا مع نظيره حول أسعار الغاز', '2023-05-10')).toEqual(['mohamed-arkab']);
    expect(ids('وقّع وزير النفط والبيئة البحريني محمد بن مبارك بن دينه مذكرة تفاهم', '2023-10-21')).toEqual(['mohammed-bin-mubarak-bin-dainah']);
    expect(ids('Jordanian Energy Minister Saleh Kharabsheh signed a gas supply deal', '2023-02-21')).toEqual(['saleh-kharabsheh']);
    expect(ids('وأعلن وزير التجارة القطري عن اتفاق جديد', '2025-02-21')).toEqual(['faisal-bin-thani-al-thani']);
    expect(ids('وقال وزير النفط الكويتي إن الإنتاج سيرتفع', '2023-01-10')).toEqual(['bader-al-mulla']);
    expect(ids('Kuwaiti Oil Minister Tareq Al-Roumi said output would rise', '2025-01-10')).toEqual(['tareq-al-roumi']);
    expect(ids('وزار وزير التجارة العراقي أثير داود الغريري مخازن الحبوب', '2023-02-21')).toEqual(['athir-al-ghurairi']);
  });

  it('a special envoy or mediator, by name and by title', () => {
    expect(ids('التقى المبعوث الأمريكي الخاص لإيران روبرت مالي بوزير الخارجية العماني', '2022-05-10')).toEqual(['robert-malley', 'badr-albusaidi']);
    expect(ids('US Special Envoy for Iran Robert Malley met the Omani foreign minister', '2022-05-10')).toEqual(['robert-malley', 'badr-albusaidi']);
    expect(ids('وقال المبعوث الأميركي الخاص بإيران إن المحادثات لم تنته', '2022-05-10')).toEqual(['robert-malley']);
    expect(ids('the US special envoy for Iran said the talks had not ended', '2022-05-10')).toEqual(['robert-malley']);
    expect(ids('بحث المبعوث الخاص للرئيس الروسي إلى سوريا ألكسندر لافرنتييف مع شمخاني الوضع في إدلب', '2021-06-10')[0]).toBe('alexander-lavrentiev');
    expect(ids('Russian presidential envoy for Syria Alexander Lavrentiev discussed Idlib', '2021-06-10')).toEqual(['alexander-lavrentiev']);
    expect(ids('وقال المبعوث الروسي إلى سوريا إن الاجتماع المقبل سيعقد في أستانا', '2021-06-10')).toEqual(['alexander-lavrentiev']);
    // The title («المبعوث الصيني», "China’s special envoy") and the name after its complement both name him.
    expect(new Set(ids('التقى المبعوث الصيني الخاص إلى الشرق الأوسط تشاي جيون وزير الخارجية المصري', '2023-11-10'))).toEqual(new Set(['zhai-jun', 'sameh-shoukry']));
    expect(new Set(ids('China’s special envoy on the Middle East Zhai Jun called for a ceasefire', '2023-11-10'))).toEqual(new Set(['zhai-jun']));
    expect(ids('وصل الوسيط الأمريكي آموس هوكشتاين إلى بيروت لبحث وقف إطلاق النار', '2024-10-21')).toEqual(['amos-hochstein']);
    expect(ids('US envoy to Lebanon Amos Hochstein arrived in Beirut to discuss a ceasefire', '2024-10-21')).toEqual(['amos-hochstein']);
  });

  it('an ambassador, by name and by surname', () => {
    expect(ids('التقى السفير الروسي لدى واشنطن أناتولي أنتونوف مسؤولين في الخارجية الأمريكية', '2023-04-12')).toEqual(['anatoly-antonov']);
    expect(ids('Russian Ambassador to the US Anatoly Antonov met State Department officials', '2023-04-12')).toEqual(['anatoly-antonov']);
    expect(ids('وقال دارتشييف إن السفارة تعمل بشكل طبيعي', '2025-06-12')).toEqual(['alexander-darchiev']);
    expect(ids('Darchiev said the embassy was working normally', '2025-06-12')).toEqual(['alexander-darchiev']);
  });

  it('a foreign ministry spokesperson, by name and by title', () => {
    expect(ids('قال المتحدث باسم وزارة الخارجية الأمريكية نيد برايس للصحفيين إن واشنطن تراقب', '2022-03-01')).toEqual(['ned-price']);
    expect(ids('State Department spokesperson Ned Price told reporters Washington was watching', '2022-03-01')).toEqual(['ned-price']);
    expect(ids('وقال المتحدث باسم الخارجية الأمريكية إن الوزير سيزور المنطقة', '2024-03-01')).toEqual(['matthew-miller']);
    // "A State Department spokesman" is most often an unnamed one: the English title alone names nobody.
    expect(ids('A State Department spokesperson said the secretary would visit the region', '2024-03-01')).toEqual([]);
    expect(ids('ونفى المتحدث باسم الخارجية الإيرانية عباس موسوي هذه الأنباء', '2020-03-01')).toEqual(['abbas-mousavi']);
    expect(ids('Iranian Foreign Ministry spokesman Abbas Mousavi denied the reports', '2020-03-01')).toEqual(['abbas-mousavi']);
  });
});

describe('role titles', () => {
  it('defines every role, country and fixed phrase the registry and titles use, and a head for every role', () => {
    for (const f of titles.fixed) {
      expect(titles.roles, f.phrase).toHaveProperty(f.role);
      expect(titles.countries, f.phrase).toHaveProperty(f.country);
    }
    // A role nobody in the registry holds still serves: it titles the persons discovery finds («وزير المالية …»).
    const fixedRoles = new Set(titles.fixed.map((f) => f.role));
    for (const [role, heads] of Object.entries(titles.roles)) {
      expect(heads.ar.length + heads.en.length > 0 || fixedRoles.has(role), `role ${role} has no head and no fixed phrase`).toBe(true);
    }
    for (const code of ['RU', 'IR', 'IL', 'US', 'LB', 'PS', 'UA', 'TR']) expect(titles.countries).toHaveProperty(code);
  });

  it('gives each head phrase to one role only', () => {
    const owner = new Map<string, string>();
    for (const [role, heads] of Object.entries(titles.roles)) {
      for (const h of [...heads.ar, ...heads.en]) {
        const prev = owner.get(key(h));
        if (prev && prev !== role) throw new Error(`«${h}» heads both ${prev} and ${role}`);
        owner.set(key(h), role);
      }
    }
  });

  it('has the heads, adjectives and fixed phrases the corpus uses', () => {
    const heads = (role: string) => [...titles.roles[role].ar, ...titles.roles[role].en].map(key);
    expect(heads('foreign_minister')).toEqual(expect.arrayContaining(['وزير الخارجيه', 'وزير خارجيه'].map(key)));
    expect(heads('deputy_foreign_minister')).toContain(key('نائب وزير الخارجية'));
    expect(heads('defence_minister')).toContain(key('وزير الدفاع'));
    expect(heads('un_envoy')).toContain(key('الممثل الدائم'));
    expect(heads('president')).toEqual(expect.arrayContaining(['الرئيس', 'رئيس الجمهورية'].map(key)));
    expect(heads('prime_minister')).toContain(key('رئيس الوزراء'));
    const adjectives = (code: string) => titles.countries[code].ar.map(key);
    expect(adjectives('RU')).toEqual(expect.arrayContaining(['الروسي', 'روسيا الاتحادية'].map(key)));
    expect(adjectives('IR')).toEqual(expect.arrayContaining(['الإيراني', 'الجمهورية الإسلامية الإيرانية'].map(key)));
    expect(adjectives('US')).toEqual(expect.arrayContaining(['الأمريكي', 'الأميركي'].map(key)));
    const fixed = (phrase: string) => titles.fixed.find((f) => key(f.phrase) === key(phrase));
    expect(fixed('قائد الثورة الإسلامية')).toMatchObject({ role: 'supreme_leader', country: 'IR' });
    expect(fixed('قائد الثورة')).toMatchObject({ role: 'supreme_leader', country: 'IR' });
    expect(fixed('سيد الكرملين')).toMatchObject({ role: 'president', country: 'RU' });
    expect(fixed('الأمين العام لحزب الله')).toMatchObject({ role: 'hezbollah_secretary_general', country: 'LB' });
    expect(fixed('رئيس المكتب السياسي لحركة حماس')).toMatchObject({ role: 'hamas_politburo_chief', country: 'PS' });
    expect(fixed('الكرملين')).toBeUndefined();
  });

  it('treats ranks and honorifics as such, but never «أمير» alone (part of Iravani’s name)', () => {
    const ar = titles.honorifics.ar.map(key);
    expect(ar).toEqual(expect.arrayContaining(['العميد', 'اللواء', 'السيد', 'آية الله', 'حجة الإسلام', 'السفير'].map(key)));
    expect(ar).not.toContain(key('أمير'));
    expect(titles.honorifics.en).toEqual(expect.arrayContaining(['Brig. Gen.', 'Dr.', 'Ayatollah']));
  });
});
