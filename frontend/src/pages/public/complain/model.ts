// The complaint form's data: values <-> API request, the fields of each step, and the
// mapping of the server's field errors back onto the form.
import type { AgeBand, ComplaintRequest, DesiredResolution, FieldError, LangCode } from '../../../api/types';
import { normalizeMobile } from '../../../lib/validators';

export interface ComplaintFormValues {
  consumer: {
    name?: string;
    mobile?: string;
    email?: string;
    id_number?: string;
    /** division codes from the province down */
    division?: string[];
    age_band?: AgeBand;
    is_minor?: boolean;
  };
  business: {
    name?: string;
    uscc?: string;
    platform?: string;
  };
  /** category codes: [first level] or [first level, second level] */
  category?: string[];
  tags?: string[];
  title?: string;
  narrative?: string;
  amount?: string;
  /** YYYY-MM-DD, from a native date input */
  occurred_on?: string;
  desired_resolution?: DesiredResolution;
  consent_to_publish?: boolean;
}

export type FieldName = (string | number)[];

/** The form fields of each step, in order; the last step (evidence) has none. */
export const STEP_FIELDS: FieldName[][] = [
  [
    ['consumer', 'name'],
    ['consumer', 'mobile'],
    ['consumer', 'email'],
    ['consumer', 'id_number'],
    ['consumer', 'division'],
    ['consumer', 'age_band'],
    ['consumer', 'is_minor'],
  ],
  [
    ['business', 'name'],
    ['business', 'uscc'],
    ['business', 'platform'],
  ],
  [['category'], ['tags'], ['title'], ['narrative'], ['amount'], ['occurred_on']],
  [['desired_resolution'], ['consent_to_publish']],
  [],
];

/** Form fields whose names differ from the API's. */
const RENAMED: Record<string, FieldName> = {
  'consumer.division_code': ['consumer', 'division'],
};

const key = (name: FieldName) => name.join('.');

/**
 * The form field an API field error belongs to ("consumer.mobile" -> ["consumer",
 * "mobile"], "tags[1]" -> ["tags"]), or null when the form has no such field.
 */
export function formFieldOf(apiField: string): FieldName | null {
  const plain = apiField.replace(/\[\d+\]/g, '').replace(/^\/+/, '').replace(/\//g, '.');
  const name = RENAMED[plain] ?? plain.split('.').filter(Boolean);
  return stepOf(name) === null ? null : name;
}

/** The step holding a form field, or null. */
export function stepOf(name: FieldName): number | null {
  const k = key(name);
  const i = STEP_FIELDS.findIndex((fields) => fields.some((f) => key(f) === k));
  return i < 0 ? null : i;
}

export interface MappedErrors {
  /** for form.setFields */
  fields: { name: FieldName; errors: string[] }[];
  /** the first step with an error on one of its fields, or null */
  firstStep: number | null;
  /** texts of errors on fields the form does not have */
  other: string[];
}

/** Groups the server's field errors by form field and finds the first step to show. */
export function mapServerErrors(errors: FieldError[], describe: (fe: FieldError) => string): MappedErrors {
  const byField = new Map<string, { name: FieldName; errors: string[] }>();
  const other: string[] = [];
  let firstStep: number | null = null;
  for (const fe of errors) {
    const name = formFieldOf(fe.field);
    const text = describe(fe);
    if (!name) {
      other.push(text);
      continue;
    }
    const entry = byField.get(key(name)) ?? { name, errors: [] };
    if (!entry.errors.includes(text)) entry.errors.push(text);
    byField.set(key(name), entry);
    const step = stepOf(name)!;
    firstStep = firstStep === null ? step : Math.min(firstStep, step);
  }
  return { fields: [...byField.values()], firstStep, other };
}

const trimmed = (s: string | undefined) => (s ?? '').trim();
const optional = (s: string | undefined) => trimmed(s) || undefined;

/**
 * Builds the API request from the form values (trimmed, empty optionals left out) and the UI
 * language, in which the consumer's notices will come.
 */
export function toComplaintRequest(v: ComplaintFormValues, language?: LangCode): ComplaintRequest {
  const c = v.consumer ?? {};
  const b = v.business ?? {};
  const req: ComplaintRequest = {
    consumer: {
      name: trimmed(c.name),
      mobile: normalizeMobile(trimmed(c.mobile)),
      email: optional(c.email),
      id_number: optional(c.id_number)?.toUpperCase(),
      division_code: c.division?.[c.division.length - 1] ?? '',
      age_band: c.age_band,
      is_minor: !!c.is_minor,
    },
    business: {
      name: trimmed(b.name),
      uscc: optional(b.uscc)?.toUpperCase(),
      platform: optional(b.platform),
    },
    category: v.category?.[v.category.length - 1] ?? '',
    tags: v.tags?.length ? v.tags : undefined,
    title: trimmed(v.title),
    narrative: trimmed(v.narrative),
    amount: optional(v.amount),
    occurred_on: optional(v.occurred_on),
    desired_resolution: v.desired_resolution,
    consent_to_publish: !!v.consent_to_publish,
    language,
  };
  return JSON.parse(JSON.stringify(req)) as ComplaintRequest; // drops the undefined keys
}
