// The JSON Schema of project JSON, generated from the input side of the zod schema (the single
// source of truth) plus the words and patterns a JSON Schema reader needs. Loaded by
// scripts/gen-json-schema.mjs (dist/project.schema.json) and the tests, never by the elements:
// these texts are kept out of the shipped bundle.
import * as z from 'zod/mini';
import type { ExpectKey } from '../vocabulary/terms.js';
import { expectationOf, FISCAL_BE, FISCAL_CE, projectSchema } from './project-schema.js';

const DATE_PATTERN = '^(\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{4})$';

/** What each kind of field adds to its generated JSON Schema, by the key it expects. */
const ANNOTATIONS: Partial<Record<ExpectKey, Record<string, unknown>>> = {
  project: {
    title: 'Project JSON, version 1',
    description:
      'One public project as the Bangkok Metropolitan Administration monitoring page shows it ' +
      '(project-progress-elements). Unknown keys are allowed and kept. This schema cannot ' +
      'express everything parseProject checks: impossible days (2020-02-30), Buddhist-era ' +
      'years in ISO dates (2563-09-21) or Gregorian years in D/M/YYYY dates (21/09/2020), ' +
      'a step ending before it starts, and language tags that are not BCP 47.',
  },
  date: {
    pattern: DATE_PATTERN,
    description:
      'A calendar date: YYYY-MM-DD with a Gregorian year from 1900 to 2200 (2020-09-21), or ' +
      'D/M/YYYY with a Buddhist-era year (21/09/2563, 28/8/2563). Not expressible here and ' +
      'checked by parseProject: that the day exists, that an ISO date has a Gregorian year ' +
      '(2563-09-21 is refused) and that a D/M/YYYY date has a Buddhist-era year from 2443 to ' +
      '2743. No time of day.',
  },
  'fiscal-year': {
    type: 'integer',
    description:
      'The fiscal year: 2400–2700 is read as Buddhist era (2563), 1900–2200 as Common Era ' +
      '(2020); parseProject returns it in Common Era.',
    anyOf: [FISCAL_BE, FISCAL_CE],
  },
  'step-number': { type: 'integer' },
  month: { type: 'integer' },
  'language-tag': {
    description: 'A BCP 47 language tag (th, en): the language the text values are in.',
  },
  'link-url': {
    description:
      'A link to a page of the host system: an http: or https: URL, or a relative one ' +
      '(/monitor/plan?id=…). Any other scheme (javascript:, data:) is refused.',
  },
  direction: {
    description: 'Whether more is better (increase) or less is better (decrease).',
  },
};

/** The JSON Schema (draft 2020-12) of what a sender may write: the input side of the schema. */
export function projectJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(projectSchema, {
    io: 'input',
    target: 'draft-2020-12',
    override: ({ zodSchema, jsonSchema }) => {
      const key = expectationOf(zodSchema);
      if (key) Object.assign(jsonSchema, ANNOTATIONS[key]);
    },
  });
  const plan = schema.properties?.plan;
  const step = typeof plan === 'object' ? plan.items : undefined;
  if (typeof step === 'object' && !Array.isArray(step)) {
    step.description = 'A step of the plan. `end` before `start` is refused; equal is a milestone.';
  }
  return schema as Record<string, unknown>;
}
