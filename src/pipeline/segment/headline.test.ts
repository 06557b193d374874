import { describe, expect, it } from 'vitest';
import { readsAsHeadline } from './headline';

describe('readsAsHeadline', () => {
  it('takes a short line with no sentence’s end, set apart by a blank line, in either language', () => {
    expect(readsAsHeadline('عراقجي يصل إلى مسقط لجولة جديدة من المحادثات', '\n\n')).toBe(true);
    expect(readsAsHeadline('Araghchi arrives in Muscat for new round of talks', '\n \n')).toBe(true);
  });

  it('leaves a sentence, a label, one word, a line the next one goes on from, or the lines of a wrapped paragraph', () => {
    expect(readsAsHeadline('وصل عراقجي إلى مسقط أمس.', '\n\n')).toBe(false);
    expect(readsAsHeadline('اقرأ أيضا:', '\n\n')).toBe(false);
    expect(readsAsHeadline('عاجل', '\n\n')).toBe(false);
    expect(readsAsHeadline('عراقجي يصل إلى مسقط لجولة جديدة من المحادثات', '\n')).toBe(false);
    expect(readsAsHeadline('وصل وزير الخارجية الإيراني عباس عراقجي\nإلى مسقط مساء أمس', '\n\n')).toBe(false);
  });
});
