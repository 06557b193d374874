import { describe, expect, it } from 'vitest';
import { readerOf } from './reading-text';

/** `text` as read in an article of that text alone, checked to keep its length (every offset stays valid). */
const read = (text: string) => {
  const out = readerOf(text)(text);
  expect(out).toHaveLength(text.length);
  return out;
};

describe('readerOf', () => {
  it('reads line ends, tabs and no-break spaces as spaces', () => {
    expect(read('التقى الرئيس\nنظيره\u00a0التركي\tأمس')).toBe('التقى الرئيس نظيره التركي أمس');
  });

  it('reads the direction marks and zero-width spaces of web pages as spaces', () => {
    expect(read('في \u200f15\u200f تموز،\u200fالتقى\u200b\u200eالوزير')).toBe('في  15  تموز، التقى  الوزير');
  });

  it('reads Eastern Arabic and Persian digits as the digits the patterns are written for', () => {
    expect(read('في ١٤ نيسان ٢٠٢٣ وفي ۲۰۲۴')).toBe('في 14 نيسان 2023 وفي 2024');
  });

  it('reads Persian ی and ک as the Arabic letters', () => {
    expect(read('بزشکیان الذی')).toBe('بزشكيان الذي');
  });

  it('puts back a comma typed before its space, and leaves numbers and spaced commas alone', () => {
    expect(read('التقى الوزير ،اليوم ،نظيره، ثم غادر')).toBe('التقى الوزير، اليوم، نظيره، ثم غادر');
    expect(read('met him ,then left; 1,500 troops , the ministry')).toBe('met him, then left; 1,500 troops , the ministry');
  });

  it('reads bare alefs with the hamzas the patterns are written with, where the passage drops them', () => {
    expect(read('اجرى الوزير امس اتصالا بنظيره الايراني، واكد ان الحوار السبيل الى التهدئة والى الحل اواخر الشهر'))
      .toBe('أجرى الوزير أمس اتصالا بنظيره الإيراني، وأكد أن الحوار السبيل إلى التهدئة وإلى الحل أواخر الشهر');
    // A name is matched with its letters folded: it is left as written.
    expect(read('التقى احمد الى')).toBe('التقى احمد إلى');
    // Without a bare «الى», «ان», «اجرى»…, nothing is read again.
    expect(read('التقى الوزير الايراني نظيره')).toBe('التقى الوزير الايراني نظيره');
  });

  it('reads a final ه as ة in an article that writes ة so, and leaves pronouns and words spelled with ه alone', () => {
    expect(read('التقى وزير الخارجيه نظيره في العاصمه السعوديه خلال زياره رسميه استقبله فيها، وقال إن الله والاتجاه والوجه'))
      .toBe('التقى وزير الخارجية نظيره في العاصمة السعودية خلال زيارة رسمية استقبله فيها، وقال إن الله والاتجاه والوجه');
    // One sign is not enough: «الخارجيه» alone may be a slip.
    expect(read('التقى وزير الخارجيه نظيره خلال زياره')).toBe('التقى وزير الخارجيه نظيره خلال زياره');
  });

  it('reads the Egyptian final ى as ي where the passage writes «فى», except in words spelled with ى', () => {
    expect(read('استقبل الرئيس السيسى فى اليوم التالى الوزير اليونانى الذى التقى على هامش المنتدى مستشار الرئيس مصطفى مدبولى والتقى'))
      .toBe('استقبل الرئيس السيسي في اليوم التالي الوزير اليوناني الذي التقى على هامش المنتدى مستشار الرئيس مصطفى مدبولي والتقى');
    // Proclitics before a listed word, hamzas folded: «ولدى», «بالأعلى», «والأولى».
    expect(read('وفى ولدى بالأعلى والاولى الماضى')).toBe('وفي ولدى بالأعلى والاولى الماضي');
  });

  it('leaves a final ى alone in a passage written the standard way', () => {
    expect(read('التقى الرئيس نظيره فى مستشفى')).toBe('التقى الرئيس نظيره في مستشفى');
    expect(read('التقى الرئيس السيسى نظيره في القاهرة')).toBe('التقى الرئيس السيسى نظيره في القاهرة');
  });
});

describe('readerOf, for an article', () => {
  it('reads the Egyptian ى in a passage that holds no «فى» when the article writes it elsewhere', () => {
    const article = 'وقال فى بيان إن الزيارة ناجحة.\nحيث يلتقى ولى العهد السعودى نظيره.';
    expect(readerOf(article)('حيث يلتقى ولى العهد السعودى نظيره.')).toBe('حيث يلتقي ولي العهد السعودي نظيره.');
    expect(readerOf('حيث يلتقى ولى العهد السعودى نظيره.')('حيث يلتقى ولى العهد السعودى نظيره.')).toBe('حيث يلتقى ولى العهد السعودى نظيره.');
  });

  it('reads the hamzas of a passage with no «الى» when the article drops them elsewhere', () => {
    const article = 'وصل الوزير الى عمان.\nواكد الجانبان اهمية التنسيق.';
    expect(readerOf(article)('واكد الجانبان اهمية التنسيق.')).toBe('وأكد الجانبان اهمية التنسيق.');
  });
});
