/** The files of records beside the plans: sources, documents and their relations, organisations, governance, finance. */
import { z } from 'zod';
import { Alias, Citation, LinkBasis, Stated, isoDate, key } from './common.js';
import { DocumentStatus, Statement } from './plan-file.js';

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
          textOf: key.optional().describe('The document this paper is the text of (the draft 2018-22 Plan is plan 2018-22 speaking)'),
          contactOfficers: z
            .array(
              z
                .object({
                  name: z.string().min(1),
                  post: z.string().min(1).describe('Job title, as the paper prints it'),
                  department: key.optional().describe('Key of the department, where the paper names it'),
                  citation: Citation,
                })
                .strict(),
            )
            .default([])
            .describe('The officers the paper names to contact, as its contact block prints them'),
        })
        .strict(),
    ),
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
          components: z.array(Statement).default([]).describe('Distinct parts of a programme, as the paper names them'),
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
            basis: LinkBasis.default('CITED').describe('CITED: the quote states the relation; ANALYST_JUDGEMENT: read from the papers, see the rationale'),
            rationale: z.string().min(1).optional().describe('Why the relation holds, for an analyst\'s judgement'),
            note: z.string().optional(),
            stated: Stated.optional(),
            citation: Citation.optional(),
          })
          .strict()
          .refine((r) => r.basis !== 'CITED' || r.citation !== undefined, { message: 'a CITED relation needs a citation', path: ['citation'] })
          .refine((r) => r.basis !== 'ANALYST_JUDGEMENT' || r.rationale !== undefined, { message: 'an analyst\'s judgement needs a rationale', path: ['rationale'] }),
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
          replacedBy: z
            .object({ by: key.describe('Key of the organisation that took over its role'), citation: Citation })
            .strict()
            .optional()
            .describe('The organisation that replaced this one, as a paper states'),
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
    assessments: z
      .array(
        z
          .object({
            key,
            document: key.describe('The document assessed'),
            kind: z.enum(['EQUALITY_AND_HUMAN_RIGHTS_SCREENING']),
            conclusion: z.string().min(1).optional().describe('What the assessment concluded, where a paper says'),
            note: z.string().optional(),
            citation: Citation,
          })
          .strict(),
      )
      .default([])
      .describe('Impact assessments of documents, as the papers report them'),
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
          partOfCitation: Citation.optional().describe('The sentence that states the inclusion, when it is not the figure\'s own'),
          partOfNote: z.string().optional().describe('How the inclusion is read from the papers'),
          citation: Citation,
        })
        .strict(),
    ),
  })
  .strict();

