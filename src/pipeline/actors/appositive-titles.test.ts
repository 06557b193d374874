import { withoutTitlesBeforeTheirName } from './appositive-titles';

const mention = (text: string, phrase: string, actorId: string | null, via: string) => {
  const start = text.indexOf(phrase);
  return { actorId, start, end: start + phrase.length, via };
};

describe('withoutTitlesBeforeTheirName', () => {
  const text = "Egypt's foreign minister, Dr. Badr Abdelatty, met Qatar's prime minister and Hakan Fidan.";
  const title = mention(text, "Egypt's foreign minister", 'sameh-shoukry', 'role');
  const name = mention(text, 'Badr Abdelatty', 'badr-abdelatty', 'full_name');
  const other = mention(text, "Qatar's prime minister", 'mohammed-bin-abdulrahman-al-thani', 'role');
  const fidan = mention(text, 'Hakan Fidan', 'hakan-fidan', 'full_name');

  it('drops the title the name after its comma (and a rank) gives the holder of', () => {
    expect(withoutTitlesBeforeTheirName(text, [title, name, other, fidan]).map((m) => m.actorId)).toEqual(['badr-abdelatty', 'mohammed-bin-abdulrahman-al-thani', 'hakan-fidan']);
  });

  it('keeps a title followed by another word than a rank, and an Arabic title before a comma (a list there)', () => {
    const list = 'استقبل وزير الخارجية، محمد بن عبدالرحمن';
    const arTitle = mention(list, 'وزير الخارجية', 'faisal-bin-farhan', 'role');
    const arName = mention(list, 'محمد بن عبدالرحمن', 'mohammed-bin-abdulrahman-al-thani', 'full_name');
    expect(withoutTitlesBeforeTheirName(list, [arTitle, arName])).toHaveLength(2);
    expect(withoutTitlesBeforeTheirName(text, [other, fidan])).toHaveLength(2);
  });

  it('drops a title whose tail in capitals runs to the comma before the name ("… at the Ministry of Foreign Affairs, X")', () => {
    const long = "He met Oman's Secretary-General of the Ministry of Foreign Affairs, Sheikh Khalifa Al Harthy, and Fidan.";
    const oman = mention(long, "Oman's Secretary-General", 'badr-albusaidi', 'role');
    const harthy = mention(long, 'Khalifa Al Harthy', null, 'discovered');
    expect(withoutTitlesBeforeTheirName(long, [oman, harthy]).map((m) => m.via)).toEqual(['discovered']);
    // (A lower-case word after the title ends it: "Qatar's prime minister and Hakan Fidan" above stays two.)
  });
});
