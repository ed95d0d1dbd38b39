/** A plan file, seeds/plans/<period>.yaml: one document and its outcome tree (or themes, for 2014-18). */
import { z } from 'zod';
import { Alias, Citation, UnlistedSupport, code, key } from './common.js';

export const Action = z
  .object({
    code,
    text: z.string().min(1),
    summarised: z
      .boolean()
      .default(false)
      .describe('True when the paper summarises the action in its own words rather than listing it'),
    deliveredThrough: z.array(key).default([]).describe('Keys of documents (delivery strategies) the action names'),
    note: z.string().optional(),
    citation: Citation,
  })
  .strict();

export const Aim = z
  .object({
    code,
    text: z.string().min(1),
    summarised: z.boolean().default(false),
    note: z.string().optional(),
    citation: Citation,
    actions: z.array(Action).default([]),
  })
  .strict();

const unlisted = z
  .array(UnlistedSupport)
  .default([])
  .describe('Support a paper says the item has without listing it (e.g. "specific aims and actions")');

export const SubOutcome = z
  .object({
    code,
    name: z.string().min(1),
    codeBasis: z
      .string()
      .optional()
      .describe('How the code was decided when the paper does not print it next to the name'),
    note: z.string().optional(),
    citation: Citation,
    aliases: z.array(Alias).default([]),
    unlisted,
    aims: z.array(Aim).default([]),
    actions: z.array(Action).default([]).describe('Actions a paper attributes to the sub-outcome without an aim'),
  })
  .strict();

export const Outcome = z
  .object({
    code,
    name: z.string().min(1),
    statement: z.string().optional(),
    narrative: Citation.optional().describe('The text the plan gives under the outcome, quoted whole (the quote is the narrative)'),
    codeBasis: z.string().optional(),
    note: z.string().optional(),
    citation: Citation,
    aliases: z.array(Alias).default([]),
    unlisted,
    subOutcomes: z.array(SubOutcome).default([]),
  })
  .strict();

export const SubTheme = z
  .object({
    code,
    name: z.string().min(1),
    priorityCount: z.number().int().nonnegative(),
    citation: Citation,
  })
  .strict();

export const Theme = z
  .object({
    code,
    name: z.string().min(1),
    priorityCount: z.number().int().nonnegative().describe('Supporting priorities, as the paper counts them'),
    note: z.string().optional(),
    citation: Citation,
    subThemes: z.array(SubTheme).default([]),
  })
  .strict();

/**
 * A named statement of a plan or programme that is neither an outcome nor an action: a principle, a
 * cross-cutting priority, an objective, a section of the plan, a component of a programme.
 */
export const Statement = z
  .object({
    code,
    name: z.string().min(1),
    text: z.string().optional(),
    citation: Citation,
  })
  .strict();

export const DocumentStatus = z.enum(['draft', 'proposed', 'approved', 'revised', 'superseded', 'expired', 'unknown']);

export const PlanFile = z
  .object({
    document: z
      .object({
        key,
        kind: z.enum(['STRATEGIC_PLAN', 'OUTCOMES_FRAMEWORK']),
        title: z.string().min(1),
        period: z.string().regex(/^\d{4}(-\d{2})?$/, 'periods are written as the papers do: 2014-18').optional(),
        status: DocumentStatus,
        vision: z.string().optional(),
        owner: key.optional().describe('Key of the council whose plan it is (a plan is found by council and period)'),
        ownerCitation: Citation.optional().describe('The words of a paper that make it that council\'s plan (required with owner)'),
        note: z.string().optional(),
        citation: Citation,
        unlisted: unlisted.describe('Support a paper says every outcome of the plan has, without listing it'),
      })
      .strict(),
    themes: z.array(Theme).default([]),
    outcomes: z.array(Outcome).default([]),
    principles: z.array(Statement).default([]),
    approaches: z.array(Statement).default([]).describe('Cross-cutting priorities of the plan ("our approach")'),
    objectives: z.array(Statement).default([]).describe('Objectives, e.g. of a programme described with the plan'),
    sections: z.array(Statement).default([]).describe('Sections of the plan besides its outcomes (enabling services, the MTFS, ...)'),
  })
  .strict();

export type PlanFileInput = z.infer<typeof PlanFile>;
