// Parts the dataset and the corrections file share (apart, so that neither schema imports the other).
import * as z from 'zod/mini';

export const isoDay = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a YYYY-MM-DD date'));

export const bilingual = z.object({ en: z.string(), ar: z.string() });

export const roleSchema = z.object({
  title: bilingual,
  /** Role key used to resolve references such as «وزير الخارجية الإيراني» (e.g. "foreign_minister"). */
  role: z.string(),
  country: z.string(),
  from: z.nullable(isoDay),
  to: z.nullable(isoDay),
});
export type ActorRole = z.infer<typeof roleSchema>;

export const datePrecisionSchema = z.enum(['day', 'month', 'year']);
export type DatePrecision = z.infer<typeof datePrecisionSchema>;

export const eventTypeSchema = z.enum([
  'phone_call',
  'meeting',
  'visit',
  'statement',
  'message',
  'agreement',
  'military_action',
  'killing',
]);
export type EventType = z.infer<typeof eventTypeSchema>;
