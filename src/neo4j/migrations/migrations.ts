/**
 * The graph's schema, versioned. Each migration is a list of idempotent statements (IF NOT EXISTS), applied
 * in order at start and recorded as a (:SchemaMigration {version}) node; never edit an applied migration,
 * add a new one. Labels here are constants of the code, never input.
 */
export interface Migration {
  version: number;
  description: string;
  statements: string[];
}

const KEYED_LABELS = [
  'Item', 'SourceDocument', 'Document', 'StrategicPlan', 'Theme', 'SubTheme', 'Outcome', 'SubOutcome', 'Aim', 'Action',
  'Principle', 'Approach', 'Objective', 'Organisation', 'Meeting', 'FinancialFigure', 'Alias',
];

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    description: 'unique keys for every kind of item',
    statements: KEYED_LABELS.map(
      (label) => `CREATE CONSTRAINT ${label.toLowerCase()}_key IF NOT EXISTS FOR (n:${label}) REQUIRE n.key IS UNIQUE`,
    ),
  },
  {
    version: 2,
    description: 'look-up indexes: plans by period, items by code',
    statements: [
      'CREATE INDEX strategic_plan_period IF NOT EXISTS FOR (n:StrategicPlan) ON (n.period)',
      'CREATE INDEX outcome_code IF NOT EXISTS FOR (n:Outcome) ON (n.code)',
      'CREATE INDEX sub_outcome_code IF NOT EXISTS FOR (n:SubOutcome) ON (n.code)',
    ],
  },
  {
    version: 3,
    description: 'full-text index over every text of the thread, for search',
    statements: [
      `CREATE FULLTEXT INDEX thread_text IF NOT EXISTS
       FOR (n:Outcome|SubOutcome|Aim|Action|Theme|SubTheme|Document|Alias|Principle|Approach|Objective|Organisation|FinancialFigure)
       ON EACH [n.name, n.text, n.statement, n.title, n.description, n.citationQuote]`,
    ],
  },
  {
    version: 4,
    description: 'partner priorities: unique keys, and in the full-text index',
    statements: [
      'CREATE CONSTRAINT partnerpriority_key IF NOT EXISTS FOR (n:PartnerPriority) REQUIRE n.key IS UNIQUE',
      // A full-text index cannot be altered: it is dropped and made again with the new label.
      'DROP INDEX thread_text IF EXISTS',
      `CREATE FULLTEXT INDEX thread_text IF NOT EXISTS
       FOR (n:Outcome|SubOutcome|Aim|Action|Theme|SubTheme|Document|Alias|Principle|Approach|Objective|Organisation|FinancialFigure|PartnerPriority)
       ON EACH [n.name, n.text, n.statement, n.title, n.description, n.citationQuote]`,
    ],
  },
];
