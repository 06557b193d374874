// Relative days chrono.ar lacks or gets wrong: «أمس الأول» (Levantine: the day before yesterday),
// «بالأمس»/«الأمس», «الليلة الماضية» / «ليلة أمس» (last night: chrono gives the publication day),
// and «أول أمس» / «بعد غد», which chrono finds but leaves untagged (so they would not look relative).
import { addDays, referenceDay, setDay } from '../../calendar';
import { withBoundaries } from '../../boundaries';
import { TAG, type DateRule } from '../../rule';

export const arCasualExtras: DateRule = {
  name: 'arCasualExtras',
  gate: /امس|البارحة|الليلة|غد|بكر/,
  pattern: withBoundaries(
    '(امس\\s+الاول|(?:اول|قبل)\\s*(?:من\\s*)?(?:امس|البارحة))|(الامس|الليلة\\s+الماضي(?:ة|ه)|ليلة\\s+(?:امس|البارحة)|(?:امس|البارحة)\\s+ليلا)|(بعد\\s*(?:غدا?|بكر[ةا]))',
  ),
  extract(context, match) {
    const components = context.createParsingComponents();
    const shift = match[1] ? -2 : match[2] ? -1 : 2;
    setDay(components, addDays(referenceDay(context), shift), true);
    return components.addTag(TAG.relative);
  },
};
