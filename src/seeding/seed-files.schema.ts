/**
 * The shapes of the reviewable data files under seeds/. This is the one definition: the loader validates
 * against it, and `npm run seed:schema` publishes it as JSON Schema (seeds/schema/*.json) for editors.
 *
 * Every record extracted from a council paper carries a `citation`; records the papers do not give live in
 * seeds/illustrative/ and say `illustrative: true` instead.
 */
import { z } from 'zod';

/** Where a fact comes from: a source paper (by key, see seeds/sources.yaml), a place in it, and a verbatim quote. */
export const Citation = z
  .object({
    source: z.string().min(1).describe('Key of the source paper in seeds/sources.yaml'),
    at: z
      .string()
      .min(1)
      .describe('Paragraph number or heading as the paper shows it, e.g. "para 14" or "heading: Strong Economy"'),
    quote: z
      .string()
      .min(3)
      .describe('Short quote found verbatim (whitespace aside) in the source file'),
  })
  .strict();

/** Another wording of a record, found in a paper; look-ups by it find the canonical record. */
export const Alias = z
  .object({
    text: z.string().min(1),
    kind: z.enum(['name', 'code']).default('name'),
    note: z.string().optional().describe('Why this wording is not the canonical one'),
    citation: Citation,
  })
  .strict();

export const code = z.string().regex(/^[A-Za-z0-9.\-]+$/, 'codes use letters, digits, dots and dashes only');
export const key = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9.\-/:]*$/, 'keys use letters, digits, dots, dashes and slashes');
const isoDate = z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, 'dates are written YYYY-MM-DD (or YYYY-MM)');

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
    aims: z.array(Aim).default([]),
    actions: z.array(Action).default([]).describe('Actions a paper attributes to the sub-outcome without an aim'),
  })
  .strict();

export const Outcome = z
  .object({
    code,
    name: z.string().min(1),
    statement: z.string().optional(),
    codeBasis: z.string().optional(),
    note: z.string().optional(),
    citation: Citation,
    aliases: z.array(Alias).default([]),
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

/** A named statement of a plan that is neither an outcome nor an action: a principle or a cross-cutting priority. */
export const Statement = z
  .object({
    code,
    name: z.string().min(1),
    text: z.string().optional(),
    citation: Citation,
  })
  .strict();

export const DocumentKind = z.enum([
  'STRATEGIC_PLAN',
  'OUTCOMES_FRAMEWORK',
  'PARTNER_STRATEGY',
  'FINANCIAL_STRATEGY',
  'PROGRAMME',
  'DELIVERY_STRATEGY',
  'BUSINESS_PLAN',
  'POLICY',
]);

export const DocumentStatus = z.enum(['draft', 'proposed', 'approved', 'revised', 'superseded', 'expired', 'unknown']);

/** A plan file: seeds/plans/<period>.yaml. One document and its outcome tree (or themes, for 2014-18). */
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
      })
      .strict(),
    themes: z.array(Theme).default([]),
    outcomes: z.array(Outcome).default([]),
    principles: z.array(Statement).default([]),
    approaches: z.array(Statement).default([]).describe('Cross-cutting priorities of the plan ("our approach")'),
    objectives: z.array(Statement).default([]).describe('Objectives, e.g. of a programme described with the plan'),
  })
  .strict();

export const SourcesFile = z
  .object({
    sources: z.array(
      z
        .object({
          key,
          file: z.string().regex(/^sources\/[a-z0-9\-]+\.txt$/, 'source files live in seeds/sources/'),
          title: z.string().min(1),
          body: z.string().min(1).describe('The committee or board the paper went to, or "draft plan"'),
          date: isoDate.optional(),
        })
        .strict(),
    ),
  })
  .strict();

export const RelationKind = z.enum([
  'UNDERPINNED_BY',
  'COMPLEMENTED_BY',
  'SUPPORTED_BY',
  'ALIGNS_WITH',
  'CONTRIBUTES_TO',
  'PART_OF',
  'SUCCEEDED_BY',
  'FUNDED_BY',
]);

export const DocumentsFile = z
  .object({
    documents: z.array(
      z
        .object({
          key,
          kind: DocumentKind,
          title: z.string().min(1),
          period: z.string().optional(),
          status: DocumentStatus.default('unknown'),
          owner: key.optional().describe('Key of the owning organisation'),
          objectives: z.array(Statement).default([]),
          note: z.string().optional(),
          citation: Citation,
          aliases: z.array(Alias).default([]),
        })
        .strict(),
    ),
    relations: z
      .array(
        z
          .object({
            from: key,
            kind: RelationKind,
            to: key,
            note: z.string().optional(),
            citation: Citation,
          })
          .strict(),
      )
      .default([]),
  })
  .strict();

export const OrganisationsFile = z
  .object({
    organisations: z.array(
      z
        .object({
          key,
          name: z.string().min(1),
          kind: z.enum(['COUNCIL', 'COMMITTEE', 'BOARD', 'PARTNERSHIP', 'NHS_BODY', 'DEPARTMENT', 'TEAM']),
          partOf: key.optional(),
          note: z.string().optional(),
          citation: Citation,
          aliases: z.array(Alias).default([]),
        })
        .strict(),
    ),
  })
  .strict();

export const GovernanceFile = z
  .object({
    meetings: z.array(
      z
        .object({
          key,
          body: key.describe('Key of the organisation that met'),
          date: isoDate,
          decisions: z.array(
            z
              .object({
                document: key,
                kind: z.enum(['APPROVED', 'REVISED', 'CONSULTED', 'CONSIDERED', 'DECLARED', 'SCHEDULED', 'PROPOSED']),
                summary: z.string().min(1),
                citation: Citation,
              })
              .strict(),
          ),
        })
        .strict(),
    ),
    monitoring: z
      .array(
        z
          .object({
            board: key,
            monitors: key,
            how: z.string().optional(),
            citation: Citation,
          })
          .strict(),
      )
      .default([]),
  })
  .strict();

export const FinanceFile = z
  .object({
    figures: z.array(
      z
        .object({
          key,
          kind: z.enum(['SAVINGS_REQUIRED', 'SAVINGS_TARGET', 'COST_PRESSURE']),
          description: z.string().min(1),
          amountPounds: z.number().int().positive().describe('Whole pounds, as the paper states (e.g. £66m = 66000000)'),
          period: z.string().min(1).describe('Financial years as the paper writes them, e.g. "2017/18 to 2020/21"'),
          document: key.describe('The document the figure belongs to (an MTFS edition, a programme)'),
          partOf: key.optional().describe('Key of a figure this one is included in'),
          citation: Citation,
        })
        .strict(),
    ),
  })
  .strict();

export const LineageKind = z.enum(['KEPT', 'RENAMED', 'MERGED', 'SPLIT', 'DROPPED', 'NEW']);

export const LineageFile = z
  .object({
    links: z.array(
      z
        .object({
          from: key.describe('Item in the earlier plan (for NEW: the earlier plan document)'),
          to: key.describe('Item in the later plan (for DROPPED: the later plan document)'),
          kind: LineageKind,
          basis: z.enum(['CITED', 'ANALYST_JUDGEMENT']),
          rationale: z.string().min(1),
          citation: Citation.optional(),
        })
        .strict()
        .refine((link) => link.basis !== 'CITED' || link.citation !== undefined, {
          message: 'a CITED lineage link needs a citation',
          path: ['citation'],
        }),
    ),
  })
  .strict();

/**
 * Illustrative partner priorities (seeds/illustrative/partner-priorities.yaml): the papers name the partner
 * strategies but not their priorities. Nothing here is the council's or a partnership's word: the file and
 * every record must say `illustrative: true`, and the API says so on everything it returns from it.
 */
export const illustrativeFlag = z.literal(true, { error: 'illustrative data must say `illustrative: true`' });

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

export type CitationInput = z.infer<typeof Citation>;
export type PlanFileInput = z.infer<typeof PlanFile>;
