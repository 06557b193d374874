// Who met whom, on which day, in phrasings none of the rules was written from (the failure classes of the
// extraction issue, in Arabic and English). Each case is one short article run through the whole pipeline.
import type { Dataset } from '../../src/schema/dataset';
import { datasetOfArticle } from './one-article';

const run = (text: string, published: string, language: 'ar' | 'en' = 'ar'): Dataset => datasetOfArticle(text, published, language, { title: null, source: null });

/** The contacts (calls, meetings, visits) as `type participants… day [planned]`, sorted. */
function contacts(d: Dataset): string[] {
  const kind = (t: string) => (t === 'phone_call' ? 'call' : 'meeting');
  return d.events
    .filter((e) => e.type === 'phone_call' || e.type === 'meeting' || e.type === 'visit')
    .map((e) => `${kind(e.type)} ${[...e.participants].sort().join('+')} ${e.date?.start ?? '-'}${e.planned ? ' planned' : ''}`)
    .sort();
}

const names = (d: Dataset) => d.actors.map((a) => (a.discovered ? `new:${a.name.ar}` : a.id)).sort();

describe('class 1: office-holders of any country, names to their real end', () => {
  it('knows a Central Asian president by his three-part name', () => {
    const d = run('التقى الرئيس الكازاخستاني قاسم جومارت توكاييف، اليوم الاثنين في أستانا، رئيس الوزراء الباكستاني شهباز شريف.', '2025-03-03');
    expect(names(d)).toEqual(['kassym-jomart-tokayev', 'shehbaz-sharif']);
    expect(contacts(d)).toEqual(['meeting kassym-jomart-tokayev+shehbaz-sharif 2025-03-03']);
  });

  it('runs a discovered name through its بن/آل chain and stops at the title after it', () => {
    const d = run('وصرح سفير دولة الكويت لدى المغرب الشيخ جراح بن جابر آل صباح وزير مفوض سابقا بأن العلاقات متينة.', '2025-03-03');
    expect(d.actors.filter((a) => a.discovered).map((a) => a.name.ar)).toEqual(['جراح بن جابر آل صباح']);
  });

  it('gives a discovered Arabic name a Latin spelling, marked as transliterated', () => {
    const d = run('وقال وزير الخارجية الغوياني هيو تود إن بلاده تدعم الحوار.', '2025-03-03');
    const [found] = d.actors.filter((a) => a.discovered);
    expect(found.name.ar).toBe('هيو تود');
    expect(found.name.en).toMatch(/^\p{Lu}[a-z']+ \p{Lu}[a-z'-]+$/u);
    expect(found.discovery).toEqual({ written: 'هيو تود', language: 'ar', transliterated: true });
  });

  it('takes "Sheikh" and "HRH" as honorifics, not as the name', () => {
    const d = run('DOHA, May 4 - Qatar\'s Minister of State Sheikh Khalifa bin Jassim Al Kuwari said on Sunday that talks would resume.', '2025-05-04', 'en');
    expect(d.actors.filter((a) => a.discovered).map((a) => a.name.en)).toEqual(['Khalifa bin Jassim Al Kuwari']);
  });
});

describe('class 2: a title followed by common words is no person', () => {
  it.each([
    ['وزير الخارجية يستعرض آفاق الشراكة مع نظيره', 'ar'],
    ['الرئيس يشيد بنتائج الزيارة', 'ar'],
    ['رئيس الوزراء وتناولت المباحثات سبل التعاون', 'ar'],
    ['Foreign Minister Urges Restraint After Border Clash', 'en'],
    ['the Prime Minister Welcomes Ceasefire Proposal', 'en'],
  ] as const)('%s', (text, language) => {
    const d = run(`${text}.`, '2025-03-03', language);
    expect(d.actors.filter((a) => a.discovered)).toEqual([]);
  });
});

describe('class 3: an unseen spelling of a known person is that person', () => {
  it.each([
    ['التقى وزير الخارجية الإيراني عباس عراقتشى نظيره العماني', 'araghchi'],
    ['وقال إردوغان للصحفيين إن الاتفاق قريب', 'erdogan'],
    ['Iranian Foreign Minister Abbas Araqchi told reporters the talks were useful', 'araghchi'],
  ])('%s', (text, id) => {
    const d = run(`${text}.`, '2025-03-03', /[a-z]/i.test(text) ? 'en' : 'ar');
    expect(d.actors.map((a) => a.id)).toContain(id);
    expect(d.actors.filter((a) => a.discovered)).toEqual([]);
  });
});

describe('class 4: a role phrase inside a longer title', () => {
  it('does not take a deputy minister for the minister', () => {
    const d = run('استقبل نائب وزير الخارجية الإيراني للشؤون السياسية وفدا برلمانيا.', '2025-03-03');
    expect(d.actors.map((a) => a.id)).not.toContain('araghchi');
  });

  it('takes a former minister named after «الأسبق» for himself, not for the minister in office', () => {
    const d = run('وانتقد وزير الخارجية الإيراني الأسبق محمد جواد ظريف السياسات الغربية.', '2025-03-03');
    expect(d.actors.map((a) => a.id)).toEqual(['zarif']);
  });

  it('reads "former" before a title as a past holder', () => {
    const d = run('The former Iranian foreign minister said on Monday that the deal was dead.', '2025-03-03', 'en');
    expect(d.actors.map((a) => a.id)).not.toContain('araghchi');
  });

  it('keeps a deputy prime minister apart from the prime minister', () => {
    const d = run('واجتمع نائب رئيس الوزراء الروسي ألكسندر نوفاك بوفد من رجال الأعمال.', '2025-03-03');
    expect(d.actors.map((a) => a.id)).not.toContain('mishustin');
  });
});

describe('class 5: only the parties of the contact take part', () => {
  it('splits «استقبل … كلا من» into one meeting per guest', () => {
    const d = run('واستقبل الرئيس التركي رجب طيب أردوغان في أنقرة، الثلاثاء، كلا من وزير الخارجية الإيراني عباس عراقجي ووزير الخارجية الروسي سيرغي لافروف.', '2025-03-05');
    expect(contacts(d)).toEqual(['meeting araghchi+erdogan 2025-03-04', 'meeting erdogan+lavrov 2025-03-04']);
  });

  it('splits "met separately with" into one meeting per partner', () => {
    const d = run('Saudi Foreign Minister Prince Faisal bin Farhan met separately on Thursday with Iranian Foreign Minister Abbas Araghchi and Turkish Foreign Minister Hakan Fidan.', '2025-03-07', 'en');
    expect(contacts(d)).toEqual(['meeting araghchi+faisal-bin-farhan 2025-03-06', 'meeting faisal-bin-farhan+hakan-fidan 2025-03-06']);
  });

  it('leaves out the sender of a message that a guest hands over', () => {
    const d = run('واستقبل سلطان عمان هيثم بن طارق اليوم الأحد وزير الخارجية الإيراني عباس عراقجي الذي نقل إليه رسالة شفهية من الرئيس الإيراني مسعود بزشكيان.', '2025-02-23');
    expect(contacts(d)).toEqual(['meeting araghchi+haitham-bin-tarik 2025-02-23']);
  });

  it('leaves out someone named in an aside about a party ("who succeeded …")', () => {
    const d = run('German Chancellor Friedrich Merz, who succeeded Olaf Scholz in May, held talks with Turkish President Recep Tayyip Erdogan in Berlin on Friday.', '2025-10-04', 'en');
    expect(contacts(d)).toEqual(['meeting erdogan+friedrich-merz 2025-10-03']);
  });

  it('leaves out those discussed once the parties are named', () => {
    const d = run('وبحث وزير الخارجية المصري بدر عبد العاطي هاتفيا مع نظيره الأمريكي ماركو روبيو، أمس، مقترح الرئيس الأمريكي دونالد ترامب بشأن غزة.', '2025-03-05');
    expect(contacts(d)).toEqual(['call badr-abdelatty+rubio 2025-03-04']);
  });
});

describe('class 6: the wordings of a contact', () => {
  it.each([
    ['وأكد الرئيس الروسي فلاديمير بوتين، لدى استقباله في الكرملين أمس رئيس الوزراء العراقي محمد شياع السوداني، أهمية التعاون.', 'meeting mohammed-shia-al-sudani+putin 2025-03-04'],
    ['تلقى ولي العهد السعودي الأمير محمد بن سلمان، الاثنين، اتصالا هاتفيا من الرئيس الفرنسي إيمانويل ماكرون.', 'call emmanuel-macron+mohammed-bin-salman 2025-03-03'],
    ['وعقد وزير الدفاع التركي يشار غولر، أمس، جلسة مباحثات مع نظيره الأذربيجاني زاكر حسنوف.', 'meeting yasar-guler+zakir-hasanov 2025-03-04'],
  ])('%s', (text, expected) => {
    expect(contacts(run(text, '2025-03-05'))).toEqual([expected]);
  });

  it.each([
    ['Turkish President Recep Tayyip Erdogan hosted Iraqi Prime Minister Mohammed Shia al-Sudani in Ankara on Tuesday.', 'meeting erdogan+mohammed-shia-al-sudani 2025-03-04'],
    ['Russian Foreign Minister Sergey Lavrov spoke with his Saudi counterpart Prince Faisal bin Farhan on Monday.', 'call faisal-bin-farhan+lavrov 2025-03-03'],
    ['Indian External Affairs Minister S. Jaishankar held talks with Chinese Foreign Minister Wang Yi in New Delhi on Tuesday.', 'meeting subrahmanyam-jaishankar+wang-yi 2025-03-04'],
  ])('%s', (text, expected) => {
    const [kind] = expected.split(' ');
    const found = contacts(run(text, '2025-03-05', 'en'));
    expect(found.filter((c) => c.startsWith(kind))).toEqual([expected]);
  });
});

describe('class 7: one contact reported twice is one event', () => {
  it('a call also called talks, the same day', () => {
    const d = run('أجرى الرئيس الإيراني مسعود بزشكيان اتصالا هاتفيا بنظيره الروسي فلاديمير بوتين اليوم الخميس.\nوبحث بزشكيان وبوتين خلال المباحثات ملف الطاقة.', '2025-03-06');
    expect(contacts(d)).toEqual(['call pezeshkian+putin 2025-03-06']);
  });

  it('a call the article later calls talks (English)', () => {
    const d = run('Turkish President Recep Tayyip Erdogan spoke by phone with Russian President Vladimir Putin on Tuesday.\nIn the talks, Erdogan and Putin discussed grain exports.', '2025-03-05', 'en');
    expect(contacts(d)).toEqual(['call erdogan+putin 2025-03-04']);
  });

  it('a visit and the meeting held during it', () => {
    const d = run('وصل وزير الخارجية التركي هاكان فيدان إلى طهران اليوم الأحد في زيارة رسمية.\nوالتقى فيدان خلال الزيارة الرئيس الإيراني مسعود بزشكيان.', '2025-03-09');
    expect(contacts(d)).toEqual(['meeting hakan-fidan+pezeshkian 2025-03-09']);
  });
});

describe('class 8: the day from the contact’s own clause', () => {
  it('skips the date of an aside about a party', () => {
    const d = run('التقى رئيس الوزراء العراقي محمد شياع السوداني، الذي تولى منصبه في أكتوبر 2022، اليوم الأربعاء وزير الخارجية التركي هاكان فيدان.', '2025-03-05');
    expect(contacts(d)).toEqual(['meeting hakan-fidan+mohammed-shia-al-sudani 2025-03-05']);
  });

  it('counts «غداة» from the contact reported before it', () => {
    const d = run('تلقى الرئيس الإيراني مسعود بزشكيان اليوم السبت اتصالا هاتفيا من الرئيس الروسي فلاديمير بوتين.\nوجاء الاتصال غداة مباحثات أجراها وزير الخارجية الروسي سيرغي لافروف مع نظيره الإيراني عباس عراقجي في موسكو.', '2025-03-08');
    expect(contacts(d)).toEqual(['call pezeshkian+putin 2025-03-08', 'meeting araghchi+lavrov 2025-03-07']);
  });

  it('counts "the day before" back from the contact reported before it', () => {
    const d = run('Turkish President Recep Tayyip Erdogan received Iranian Foreign Minister Abbas Araghchi in Ankara on Thursday.\nThe day before, Araghchi held talks with Foreign Minister Hakan Fidan.', '2025-03-07', 'en');
    expect(contacts(d)).toEqual(['meeting araghchi+erdogan 2025-03-06', 'meeting araghchi+hakan-fidan 2025-03-05']);
  });

  it('reads «أمس الأربعاء» against the day of publication', () => {
    const d = run('بحث وزير الخارجية القطري الشيخ محمد بن عبدالرحمن آل ثاني، أمس الأربعاء، مع نظيره الأردني أيمن الصفدي هاتفيا تطورات المنطقة.', '2025-03-06');
    expect(contacts(d)).toEqual(['call ayman-safadi+mohammed-bin-abdulrahman-al-thani 2025-03-05']);
  });
});

describe('words that normalise to a contact word', () => {
  it('takes «وزارة» (ministry) for no «و + زاره» (and he visited him): the president named before joins no meeting', () => {
    const d = run('وشكر الرئيس الإيراني روسيا على دعمها.\nوقالت وزارة الخارجية الروسية في بيان اليوم عقب اجتماع بين نائب وزير الخارجية غيورغي بوريسينكو وسفراء عرب إن الحوار ضروري.', '2026-03-10');
    expect(contacts(d)).toEqual(['meeting borisenko 2026-03-10']);
  });
});

describe('planned contacts', () => {
  it.each([
    ['وسيتوجه وزير الخارجية السعودي الأمير فيصل بن فرحان إلى أنقرة غدا لإجراء محادثات مع نظيره التركي هاكان فيدان.', 'meeting faisal-bin-farhan+hakan-fidan'],
    ['ومن المنتظر أن يستقبل الرئيس المصري عبد الفتاح السيسي الأسبوع المقبل العاهل الأردني الملك عبدالله الثاني.', 'meeting abdel-fattah-el-sisi+abdullah-ii'],
    ['Pakistani Prime Minister Shehbaz Sharif is set to hold talks with Turkish President Recep Tayyip Erdogan in Ankara next week.', 'meeting erdogan+shehbaz-sharif'],
  ])('%s', (text, expected) => {
    const found = contacts(run(text, '2025-03-05', /[a-z]/i.test(text) ? 'en' : 'ar'));
    expect(found.filter((c) => c.endsWith('planned')).map((c) => c.split(' ').slice(0, 2).join(' '))).toEqual([expected]);
  });

  it('takes «سياسية» (political) for no future verb', () => {
    const d = run('والتقى وزير الخارجية التركي هاكان فيدان، اليوم، نظيره الإيراني عباس عراقجي في جولة مشاورات سياسية.', '2025-03-05');
    expect(contacts(d)).toEqual(['meeting araghchi+hakan-fidan 2025-03-05']);
  });
});

describe('the same person named again', () => {
  it('takes a surname alone for the person the article named in full before, though the registry does not list it', () => {
    const d = run('British Foreign Secretary Yvette Cooper arrived in Doha on Monday.\nOn Tuesday, Cooper held talks with Qatari Prime Minister Sheikh Mohammed bin Abdulrahman bin Jassim Al Thani.', '2025-11-05', 'en');
    expect(contacts(d).filter((c) => c.includes('+'))).toEqual(['meeting mohammed-bin-abdulrahman-al-thani+yvette-cooper 2025-11-04']);
  });

  it('reports no contact from a quoted headline', () => {
    const d = run('A ministry statement, headlined "Foreign Minister Meets Saudi Counterpart Prince Faisal bin Farhan", gave no details.', '2025-11-05', 'en');
    expect(contacts(d)).toEqual([]);
  });
});

describe('a surname named again, but not its parts', () => {
  it('takes no «الله» in «حزب الله» for «حسن نصر الله» named before', () => {
    const d = run('وكان الأمين العام لحزب الله حسن نصر الله قد اغتيل في سبتمبر 2024.\nوشنت إسرائيل هجوما على حزب الله في لبنان.', '2025-03-05');
    expect(d.mentions.filter((m) => m.actorId === 'nasrallah')).toHaveLength(1);
  });
});

describe('a joint meeting listed title by title', () => {
  it('keeps «، ووزير …» in the list of a three-party meeting instead of starting a clause', () => {
    const d = run('وعقد في الرياض اليوم اجتماع ثلاثي ضم وزير الخارجية السعودي الأمير فيصل بن فرحان، ووزير الخارجية التركي هاكان فيدان، ووزير الخارجية الإيراني عباس عراقجي.', '2025-03-05');
    expect(contacts(d)).toEqual(['meeting araghchi+faisal-bin-farhan+hakan-fidan 2025-03-05']);
  });
});

describe('what «في اليوم نفسه» refers to', () => {
  it('is the contact reported before, not an agreement mentioned in between', () => {
    const d = run(
      'التقى وزير الخارجية الروسي سيرغي لافروف، أمس الاثنين، نظيره الإيراني عباس عراقجي في موسكو.\nوأشار عراقجي إلى اتفاقية الشراكة التي وقعها الرئيسان.\nوفي اليوم نفسه، التقى وزير الدفاع الروسي أندريه بيلوسوف نظيره الإيراني عزيز نصير زاده.',
      '2025-03-04',
    );
    expect(contacts(d)).toEqual(['meeting araghchi+lavrov 2025-03-03', 'meeting belousov+nasirzadeh 2025-03-03']);
  });
});

describe('the evening of a day the sentence before named, and the sidelines of the story’s gathering', () => {
  it('"That night", after a weekday told with no contact, is that weekday', () => {
    const d = run(
      "AMMAN (Reuters) - Jordan's King Abdullah II hosted Turkish President Recep Tayyip Erdogan at the Royal Court in Amman on Tuesday.\n\nErdogan landed in the Jordanian capital on Monday. That night he met Jordanian Foreign Minister Ayman Safadi at his hotel.",
      '2025-07-15',
      'en',
    );
    expect(contacts(d)).toEqual(['meeting abdullah-ii+erdogan 2025-07-15', 'meeting ayman-safadi+erdogan 2025-07-14']);
  });

  it('"held talks that evening" after an arrival on Friday, and "on the sidelines of the summit" the summit’s day', () => {
    const d = run(
      "CAIRO (AP) - Egyptian President Abdel Fattah el-Sisi chaired an Arab summit on Gaza in Cairo on Saturday.\n\nJordan's King Abdullah II, who arrived in Cairo on Friday, held talks that evening with Egyptian Prime Minister Mostafa Madbouly.\n\nOn the sidelines of the summit, Saudi Foreign Minister Prince Faisal bin Farhan met his Egyptian counterpart Badr Abdelatty.",
      '2025-03-08',
      'en',
    );
    expect(contacts(d).filter((c) => !c.includes('el-sisi'))).toEqual(['meeting abdullah-ii+mostafa-madbouly 2025-03-07', 'meeting badr-abdelatty+faisal-bin-farhan 2025-03-08']);
  });

  it('«في وقت لاحق من ذات اليوم» and «مساء نفس اليوم» are the day the sentence before named, not today', () => {
    const d = run(
      'عمّان - استقبل العاهل الأردني الملك عبد الله الثاني أول أمس الاثنين الرئيس الفلسطيني محمود عباس. وفي وقت لاحق من ذات اليوم، التقى عباس وزير الخارجية الأردني أيمن الصفدي، ثم اجتمع مساء نفس اليوم برئيس الوزراء الأردني جعفر حسان.',
      '2025-02-05',
    );
    expect(contacts(d)).toEqual([
      'meeting abdullah-ii+mahmoud-abbas 2025-02-03',
      'meeting ayman-safadi+mahmoud-abbas 2025-02-03',
      'meeting jafar-hassan+mahmoud-abbas 2025-02-03',
    ]);
  });

  it('"the previous day" after a date the clause named for another verb, a comma between, counts back from it', () => {
    const d = run(
      "Iraq's prime minister Mohammed Shia al-Sudani opened the Baghdad conference on 12 March 2025, a visit that began in Cairo, where he was hosted the previous day by Egyptian President Abdel Fattah el-Sisi.\n\nLavrov landed in Ankara on 4 April 2025, having met Abbas Araghchi in Tehran the day before.\n\nOn 20 May 2025, Fidan met Blinken in Antalya, a day earlier than planned.",
      '2025-06-01',
      'en',
    );
    expect(contacts(d)).toEqual(expect.arrayContaining(['meeting araghchi+lavrov 2025-04-03', 'meeting blinken+hakan-fidan 2025-05-20']));
    expect(contacts(d).filter((c) => c.includes('el-sisi'))).toEqual(['meeting abdel-fattah-el-sisi+mohammed-shia-al-sudani 2025-03-11']);
  });

  it('«وفي المساء ذاته» after a sentence that named «يوم الأربعاء» for no contact is that Wednesday', () => {
    const d = run(
      'أنقرة - استقبل الرئيس التركي رجب طيب أردوغان، اليوم الخميس، رئيس الوزراء العراقي محمد شياع السوداني.\n\nوكان السوداني قد افتتح يوم الأربعاء منتدى الأعمال العراقي التركي في إسطنبول. وفي المساء ذاته، التقى السوداني وزير الخارجية التركي هاكان فيدان.',
      '2025-07-17',
    );
    expect(contacts(d).filter((c) => c.includes('hakan-fidan'))).toEqual(['meeting hakan-fidan+mohammed-shia-al-sudani 2025-07-16']);
  });
});

describe('a list of separate audiences on the sidelines of a joint session', () => {
  it('«على هامش أعمال الدورة الوزارية المشتركة، كلا من A وB، كل على حدة»: two meetings, not one of three', () => {
    const d = run('والتقى وزير الخارجية المصري بدر عبد العاطي، على هامش أعمال الدورة الوزارية المشتركة، كلا من وزير الخارجية الأردني أيمن الصفدي ووزير الخارجية العراقي فؤاد حسين، كل على حدة.', '2025-03-10');
    expect(contacts(d)).toEqual(['meeting ayman-safadi+badr-abdelatty 2025-03-10', 'meeting badr-abdelatty+fuad-hussein 2025-03-10']);
  });

  it('"On the sidelines of the joint ministerial session, X separately met A and B"', () => {
    const d = run(
      'On the sidelines of the joint ministerial session, Egyptian Foreign Minister Badr Abdelatty separately met Jordanian Foreign Minister Ayman Safadi and Iraqi Foreign Minister Fuad Hussein on Sunday.',
      '2025-03-10',
      'en',
    );
    expect(contacts(d)).toEqual(['meeting ayman-safadi+badr-abdelatty 2025-03-09', 'meeting badr-abdelatty+fuad-hussein 2025-03-09']);
  });
});

describe('talks held during a visit, told in a relative clause on it', () => {
  it('«بعد زيارته في مارس 2022 التي أجرى خلالها مباحثات مع X»: the visitor met X that month', () => {
    const d = run(
      'نيودلهي - وصل أمير قطر الشيخ تميم بن حمد آل ثاني إلى العاصمة الهندية اليوم الاثنين في زيارة رسمية.\n\nوهي الزيارة الثانية لسمو الأمير إلى الهند، بعد زيارته في مارس 2022 التي أجرى خلالها مباحثات مع وزير الخارجية الهندي سوبرامانيام جايشانكار.',
      '2025-02-17',
    );
    expect(contacts(d)).toContain('meeting subrahmanyam-jaishankar+tamim-bin-hamad 2022-03-01');
  });
});

describe('"spoke to" whom', () => {
  it('"spoke to reporters" after a summit is no call of its leaders; "spoke with" a person is one', () => {
    const d = run(
      'WASHINGTON (Reuters) - Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev initialled a peace declaration at the White House on Friday.\n\nPresident Donald Trump hosted the two leaders for what he called a historic day, standing between them as they signed.\n\nThe three leaders later spoke to reporters, with Aliyev and Pashinyan each thanking Trump for his mediation. Pashinyan also spoke with French President Emmanuel Macron on Thursday, his office said.',
      '2025-08-09',
      'en',
    );
    expect(contacts(d)).toEqual(['call emmanuel-macron+nikol-pashinyan 2025-08-07', 'meeting ilham-aliyev+nikol-pashinyan+trump 2025-08-08']);
  });
});

describe('a photo’s caption over the article', () => {
  it('tells the contact it shows, "shakes hands with" on its day, which the undated lead is', () => {
    const d = run(
      'Turkish President Recep Tayyip Erdogan, left, shakes hands with Hungarian Prime Minister Viktor Orban in Ankara on Tuesday [Anadolu Agency]\n\nTurkish President Recep Tayyip Erdogan has held talks with Hungarian Prime Minister Viktor Orban on energy and migration, his office said.',
      '2025-06-12',
      'en',
    );
    expect(contacts(d)).toEqual(['meeting erdogan+viktor-orban 2025-06-10']);
  });

  it('«يصافح» in an Arabic caption, its credit in brackets', () => {
    const d = run(
      'الرئيس المصري عبد الفتاح السيسي يصافح رئيس الوزراء الإسباني بيدرو سانشيز في قصر الاتحادية أمس الأحد (الرئاسة المصرية - صورة)\n\nعقد الرئيس عبد الفتاح السيسي ورئيس الوزراء الإسباني بيدرو سانشيز جلسة مباحثات تناولت العلاقات الثنائية.',
      '2025-02-17',
    );
    expect(contacts(d)).toEqual(['meeting abdel-fattah-el-sisi+pedro-sanchez 2025-02-16']);
  });
});

describe('a clause with a day of its own', () => {
  it('keeps «أمس» though «على هامش الزيارة» points back to another contact', () => {
    const d = run(
      'وكان الرئيسان قد بحثا هاتفيا في 2 مارس الجاري التعاون الدفاعي، حسبما قال الرئيس التركي رجب طيب أردوغان ونظيره الأذربيجاني إلهام علييف.\nوعلى هامش الزيارة، عقد وزير الخارجية التركي هاكان فيدان، أمس، اجتماعا مع نظيره الأذربيجاني جيهون بيراموف.',
      '2025-03-10',
    );
    expect(contacts(d).filter((c) => c.includes('hakan-fidan'))).toEqual(['meeting hakan-fidan+jeyhun-bayramov 2025-03-09']);
  });
});

describe('a meeting of the month recalled in a call', () => {
  it('stays its own event, dated by its month, though «على هامش» is nearer to the date', () => {
    const d = run(
      'أجرى الرئيس التركي رجب طيب أردوغان أمس اتصالا هاتفيا بنظيره الأذربيجاني إلهام علييف.\nوذكرت الرئاسة أن الرئيسين استعرضا ما اتفقا عليه خلال لقائهما في باكو مطلع الشهر الجاري على هامش منتدى الطاقة.',
      '2025-03-20',
    );
    expect(contacts(d)).toEqual(['call erdogan+ilham-aliyev 2025-03-19', 'meeting erdogan+ilham-aliyev 2025-03-01']);
  });
});

describe('an abbreviated honorific', () => {
  it('"Dr." does not part a discovered name from its rank', () => {
    const d = run('Qatari Minister of State Dr. Mohammed bin Abdulaziz Al-Khulaifi said on Monday that talks would resume.', '2025-11-05', 'en');
    expect(d.actors.filter((a) => a.discovered).map((a) => a.name.en)).toEqual(['Mohammed bin Abdulaziz Al-Khulaifi']);
  });
});

describe('the story’s day given after its lead', () => {
  it('«وأوضحت الرئاسة أن الاجتماع عُقد الخميس» dates the lead’s undated meeting; "The talks were held on Monday" too', () => {
    const ar = run(
      'القاهرة - بحث الرئيس المصري عبد الفتاح السيسي مع رئيس الوزراء العراقي محمد شياع السوداني العلاقات الثنائية والأوضاع في غزة.\n\nوأوضحت الرئاسة المصرية في بيان أن الاجتماع عُقد الخميس في قصر الاتحادية.',
      '2025-03-08',
    );
    expect(contacts(ar)).toEqual(['meeting abdel-fattah-el-sisi+mohammed-shia-al-sudani 2025-03-06']);
    const en = run(
      'AMMAN - Jordanian Foreign Minister Ayman Safadi held talks with his Iraqi counterpart Fuad Hussein on regional security.\n\nThe talks were held on Monday at the ministry, a statement said.',
      '2025-03-05',
      'en',
    );
    expect(contacts(en)).toEqual(['meeting ayman-safadi+fuad-hussein 2025-03-03']);
  });

  it('a line crediting the outlet or the writer over the lead does not hide its day, nor make the dateline news', () => {
    const credited = run('عمان - بترا\n\nانطلقت في عمان، أمس الثلاثاء، أعمال الاجتماع الوزاري العربي بشأن غزة.\n\nوعقد وزير الخارجية الأردني أيمن الصفدي لقاء مع نظيره المصري بدر عبد العاطي.', '2025-02-05');
    expect(contacts(credited)).toEqual(['meeting ayman-safadi+badr-abdelatty 2025-02-04']);
    const byline = run(
      'By Lee Hyun-woo\n\nTOKYO, Feb. 5 (Kyodo) -- Japanese Foreign Minister Takeshi Iwaya held talks with his Saudi counterpart, Prince Faisal bin Farhan, on Tuesday and agreed to deepen energy cooperation, the ministry said Wednesday.',
      '2025-02-05',
      'en',
    );
    expect(contacts(byline)).toEqual(['meeting faisal-bin-farhan+takeshi-iwaya 2025-02-04']);
  });
});

describe('who is named', () => {
  it('a foreign surname opening like «كال» closes the name before the title after it; prose nouns after a title are no name', () => {
    const d = run('استقبل وزير الخارجية الأردني أيمن الصفدي اليوم معالي جون كالفرت وزير الدولة البريطاني للشؤون الأفريقية. وأكد وزير الخارجية تمسك المملكة بحل الدولتين، وأبدى الوزير رغبة بلاده في توسيع التعاون.', '2025-02-05');
    expect(names(d)).toEqual(['ayman-safadi', 'new:جون كالفرت']);
  });

  it('such a surname closes a name told before its title with no honorific («… أمس مارتن فالديك وزير …»)', () => {
    const d = run('استقبل وزير الخارجية الأردني أيمن الصفدي أمس مارتن فالديك وزير الدولة النمساوي للشؤون الأوروبية.', '2025-02-05');
    expect(names(d)).toEqual(['ayman-safadi', 'new:مارتن فالديك']);
    expect(contacts(d)).toEqual([`meeting ${[...d.actors.map((a) => a.id)].sort().join('+')} 2025-02-04`]);
  });
});

describe('who attended the audience or the meeting told before', () => {
  it('«كما حضر المقابلة X» joins the reception; «المقابلة» told as an interview is no contact', () => {
    const d = run(
      'الرياض - استقبل ولي العهد السعودي الأمير محمد بن سلمان، اليوم الاثنين، رئيس الوزراء الباكستاني شهباز شريف.\n\nكما حضر المقابلة وزير الخارجية السعودي الأمير فيصل بن فرحان.\n\nوقال شريف في المقابلة التي أجرتها معه قناة العربية إن بلاده تثمن دعم المملكة.',
      '2025-03-10',
    );
    expect(contacts(d)).toEqual(['meeting faisal-bin-farhan+mohammed-bin-salman+shehbaz-sharif 2025-03-10']);
  });

  it('«وتم الاجتماع في حضور X» and "the talks took place in the presence of X" join the contact told before', () => {
    const ar = run('بغداد - استقبل رئيس الوزراء العراقي محمد شياع السوداني، أمس الأحد، وزير الخارجية التركي هاكان فيدان.\n\nوتم الاجتماع في حضور وزير الخارجية العراقي فؤاد حسين.', '2025-01-27');
    expect(contacts(ar)).toEqual(['meeting fuad-hussein+hakan-fidan+mohammed-shia-al-sudani 2025-01-26']);
    const en = run('ANKARA - Turkish President Recep Tayyip Erdogan received Iraqi Prime Minister Mohammed Shia al-Sudani on Thursday.\n\nThe talks took place in the presence of Foreign Minister Hakan Fidan, his office said.', '2025-05-09', 'en');
    expect(contacts(en)).toEqual(['meeting erdogan+hakan-fidan+mohammed-shia-al-sudani 2025-05-08']);
  });
});

describe('the guest is from elsewhere than the dateline’s place', () => {
  it('«الضيف» after a lead that names the guest first is the guest, not the host of the dateline’s city; "the visiting minister" too', () => {
    const ar = run(
      'الرياض - بحث وزير الخارجية الأردني أيمن الصفدي مع نظيره السعودي الأمير فيصل بن فرحان، اليوم الأحد، مستجدات الأوضاع في غزة.\n\nوفي وقت سابق من اليوم، التقى الضيف وزير الدولة للشؤون الخارجية عادل الجبير.',
      '2025-03-09',
    );
    expect(contacts(ar)).toEqual(['meeting adel-al-jubeir+ayman-safadi 2025-03-09', 'meeting ayman-safadi+faisal-bin-farhan 2025-03-09']);
    const en = run(
      "ANKARA (Reuters) - Egypt's Foreign Minister Badr Abdelatty held talks with Turkish Foreign Minister Hakan Fidan on Monday.\n\nLater, the visiting minister met Turkish Defence Minister Yasar Guler.",
      '2025-02-04',
      'en',
    );
    expect(contacts(en)).toEqual(['meeting badr-abdelatty+hakan-fidan 2025-02-03', 'meeting badr-abdelatty+yasar-guler 2025-02-03']);
  });
});

describe('a capital’s possessive names its government', () => {
  it('"Ankara\'s top diplomat", "Riyadh\'s foreign minister" are Turkey\'s and Saudi Arabia\'s', () => {
    const d = run(
      "BAGHDAD - Ankara's top diplomat held talks with Iraqi Prime Minister Mohammed Shia al-Sudani on Sunday.\n\nRiyadh's foreign minister called Sudani a day later.",
      '2025-01-28',
      'en',
    );
    expect(contacts(d)).toEqual(['call faisal-bin-farhan+mohammed-shia-al-sudani 2025-01-27', 'meeting hakan-fidan+mohammed-shia-al-sudani 2025-01-26']);
  });
});

describe('a royal title and one given name', () => {
  it('"Crown Prince Hussein" in the presence clause, "Crown Prince Khaled" as host: the one crown prince so named that day', () => {
    const d = run(
      'AMMAN - King Abdullah II received EU Commissioner Dubravka Suica on Monday, in the presence of Crown Prince Hussein.\n\nIn Abu Dhabi, Crown Prince Khaled received Pakistani Prime Minister Shehbaz Sharif on Tuesday.',
      '2025-05-28',
      'en',
    );
    expect(contacts(d)).toEqual(expect.arrayContaining(['meeting khaled-bin-mohamed-bin-zayed+shehbaz-sharif 2025-05-27']));
    expect(contacts(d).find((c) => c.includes('abdullah-ii'))).toContain('hussein-bin-abdullah');
  });
});

describe('a welcome on arrival after a lead that told another contact', () => {
  it('«وكان X قد حل مساء الأحد بالرياض، وكان في استقباله Y»: the arrival’s day, not the article’s', () => {
    const d = run(
      'الرياض - استقبل ولي العهد السعودي الأمير محمد بن سلمان اليوم الثلاثاء وزير الخارجية التركي هاكان فيدان.\n\nوكان فيدان قد حل مساء الأحد بالرياض، وكان في استقباله نائب وزير الخارجية السعودي وليد الخريجي.',
      '2025-02-04',
    );
    expect(contacts(d).filter((c) => !c.includes('mohammed-bin-salman'))).toEqual([expect.stringMatching(/^meeting .*hakan-fidan.* 2025-02-02$/)]);
  });
});
