/** The illustrative files (seeds/illustrative/): partner priorities and departmental business plans. */
import { z } from 'zod';
import { code, illustrativeFlag, key } from './common.js';

/**
 * Illustrative partner priorities (seeds/illustrative/partner-priorities.yaml): the papers name the partner
 * strategies but not their priorities. Nothing here is the council's or a partnership's word: the file and
 * every record must say `illustrative: true`, and the API says so on everything it returns from it.
 */
export const AlignmentStrength = z.enum(['PRIMARY', 'CONTRIBUTORY']);

export const PartnerPriority: z.ZodType<PartnerPriorityInput> = z.lazy(() =>
  z
    .object({
      code,
      name: z.string().min(1),
      description: z.string().optional(),
      illustrative: illustrativeFlag,
      alignsWith: z
        .array(
          z
            .object({
              to: key.describe('Key of a council outcome or sub-outcome, e.g. 2022-26/9.3'),
              strength: AlignmentStrength,
              rationale: z.string().min(1),
            })
            .strict(),
        )
        .default([]),
      subPriorities: z.array(PartnerPriority).default([]),
    })
    .strict(),
);

export interface PartnerPriorityInput {
  code: string;
  name: string;
  description?: string;
  illustrative: true;
  alignsWith: { to: string; strength: 'PRIMARY' | 'CONTRIBUTORY'; rationale: string }[];
  subPriorities: PartnerPriorityInput[];
}

export const PartnerPrioritiesFile = z
  .object({
    illustrative: illustrativeFlag,
    note: z.string().min(1).describe('Why the data is illustrative and how to replace it with a council\'s own'),
    organisations: z
      .array(
        z
          .object({
            key,
            name: z.string().min(1),
            kind: z.enum(['BOARD', 'PARTNERSHIP', 'NHS_BODY']),
            illustrative: illustrativeFlag,
          })
          .strict(),
      )
      .default([]),
    strategies: z.array(
      z
        .object({
          document: key.describe('Key of a PARTNER_STRATEGY document in seeds/documents.yaml'),
          owner: key.optional().describe('Key of the owning partnership (illustrative)'),
          priorities: z.array(PartnerPriority),
        })
        .strict(),
    ),
  })
  .strict();

/**
 * Illustrative departmental business plans (seeds/illustrative/business-plans.yaml): the papers say the plan is
 * "underpinned by Departmental Business Plans" but give none of their contents.
 */
export const BusinessPlansFile = z
  .object({
    illustrative: illustrativeFlag,
    note: z.string().min(1),
    departments: z
      .array(z.object({ key, name: z.string().min(1), illustrative: illustrativeFlag }).strict())
      .default([])
      .describe('Departments the papers do not name (those they name are in organisations.yaml)'),
    plans: z.array(
      z
        .object({
          key,
          department: key,
          year: z.string().regex(/^\d{4}\/\d{2}$/, 'financial years are written 2022/23'),
          title: z.string().min(1),
          partOf: key.optional().describe('The umbrella document, e.g. departmental-business-plans'),
          commitments: z.array(
            z
              .object({
                code,
                text: z.string().min(1),
                illustrative: illustrativeFlag,
                delivers: z.array(key).default([]).describe('Keys of the actions, aims or sub-outcomes the commitment delivers'),
              })
              .strict(),
          ),
        })
        .strict(),
    ),
  })
  .strict();
