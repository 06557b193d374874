// Relative days chrono.ar lacks or gets wrong: «أمس الأول» (Levantine: the day before yesterday),
// «بالأمس»/«الأمس», «الليلة الماضية» / «ليلة أمس» (last night: chrono gives the publication day).
import { addDays, referenceDay, setDay } from '../../calendar';
import { withBoundaries } from '../../boundaries';
import { TAG, type DateRule } from '../../rule';

export const arCasualExtras: DateRule = {
  name: 'arCasualExtras',
  pattern: withBoundaries(
    '(امس\\s+الاول)|(الامس)|(الليلة\\s+الماضي(?:ة|ه)|ليلة\\s+(?:امس|البارحة)|(?:امس|البارحة)\\s+ليلا)',
  ),
  extract(context, match) {
    const components = context.createParsingComponents();
    setDay(components, addDays(referenceDay(context), match[1] ? -2 : -1), true);
    return components.addTag(TAG.relative);
  },
};
