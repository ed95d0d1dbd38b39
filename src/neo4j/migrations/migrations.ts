/**
 * The graph's schema, versioned. Each migration is a list of idempotent statements (IF NOT EXISTS), applied
 * in order at start and recorded as a (:SchemaMigration {version}) node; never edit an applied migration,
 * add a new one. Labels here are constants of the code, never input.
 */
/** Link types analysts may create (src/domains/links); each gets an index on its key. */
export const ANALYST_LINK_TYPES = ['SUPPORTS', 'ALIGNS_WITH', 'CONTRIBUTES_TO', 'DELIVERS', 'UNDERPINNED_BY'] as const;

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
  {
    version: 5,
    description: 'writing: API tokens, audit events, analyst links by key',
    statements: [
      'CREATE CONSTRAINT api_token_id IF NOT EXISTS FOR (t:ApiToken) REQUIRE t.id IS UNIQUE',
      'CREATE CONSTRAINT api_token_hash IF NOT EXISTS FOR (t:ApiToken) REQUIRE t.hash IS UNIQUE',
      'CREATE INDEX audit_target IF NOT EXISTS FOR (e:AuditEvent) ON (e.targetKey)',
      'CREATE INDEX audit_actor IF NOT EXISTS FOR (e:AuditEvent) ON (e.actor)',
      'CREATE INDEX audit_at IF NOT EXISTS FOR (e:AuditEvent) ON (e.at)',
      ...ANALYST_LINK_TYPES.map((type) => `CREATE INDEX link_key_${type.toLowerCase()} IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.key)`),
    ],
  },
  {
    version: 6,
    description: 'business plan commitments: unique keys, and in the full-text index',
    statements: [
      'CREATE CONSTRAINT businessplancommitment_key IF NOT EXISTS FOR (n:BusinessPlanCommitment) REQUIRE n.key IS UNIQUE',
      'DROP INDEX thread_text IF EXISTS',
      `CREATE FULLTEXT INDEX thread_text IF NOT EXISTS
       FOR (n:Outcome|SubOutcome|Aim|Action|Theme|SubTheme|Document|Alias|Principle|Approach|Objective|Organisation|FinancialFigure|PartnerPriority|BusinessPlanCommitment)
       ON EACH [n.name, n.text, n.statement, n.title, n.description, n.citationQuote]`,
    ],
  },
  {
    version: 7,
    description: 'measures: unique keys',
    statements: ['CREATE CONSTRAINT measure_key IF NOT EXISTS FOR (n:Measure) REQUIRE n.key IS UNIQUE'],
  },
  {
    version: 8,
    description: 'finance: savings lines and cost pressures, unique keys, savings lines in the full-text index',
    statements: [
      'CREATE CONSTRAINT savingsline_key IF NOT EXISTS FOR (n:SavingsLine) REQUIRE n.key IS UNIQUE',
      'CREATE CONSTRAINT costpressure_key IF NOT EXISTS FOR (n:CostPressure) REQUIRE n.key IS UNIQUE',
      'CREATE INDEX savingsline_status IF NOT EXISTS FOR (n:SavingsLine) ON (n.status)',
      'DROP INDEX thread_text IF EXISTS',
      `CREATE FULLTEXT INDEX thread_text IF NOT EXISTS
       FOR (n:Outcome|SubOutcome|Aim|Action|Theme|SubTheme|Document|Alias|Principle|Approach|Objective|Organisation|FinancialFigure|PartnerPriority|BusinessPlanCommitment|SavingsLine)
       ON EACH [n.name, n.text, n.statement, n.title, n.description, n.citationQuote]`,
    ],
  },
  {
    version: 9,
    description: 'scale: every look-up the API does is index-backed (documents and organisations by kind, items by import source and origin, analyst links by origin and import source)',
    statements: [
      'CREATE INDEX document_kind IF NOT EXISTS FOR (n:Document) ON (n.kind)',
      // Departments by kind (the savings import resolves department names against them).
      'CREATE INDEX organisation_kind IF NOT EXISTS FOR (n:Organisation) ON (n.kind)',
      'CREATE INDEX action_plan_key IF NOT EXISTS FOR (n:Action) ON (n.planKey)',
      'CREATE INDEX item_import_source IF NOT EXISTS FOR (n:Item) ON (n.importSource)',
      'CREATE INDEX item_origin IF NOT EXISTS FOR (n:Item) ON (n.origin)',
      'CREATE CONSTRAINT seed_state_id IF NOT EXISTS FOR (n:SeedState) REQUIRE n.id IS UNIQUE',
      // Analyst links are found by origin (the review list) and by the spreadsheet they came from (re-imports):
      // a relationship property index per type, so neither walks every relationship of the graph.
      ...ANALYST_LINK_TYPES.flatMap((type) => [
        `CREATE INDEX link_origin_${type.toLowerCase()} IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.origin)`,
        `CREATE INDEX link_import_source_${type.toLowerCase()} IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.importSource)`,
      ]),
    ],
  },
  {
    version: 10,
    description: 'API token names unique (compared trimmed and case-insensitive): the audit trail and the review rules name people by them',
    statements: [
      // Earlier tokens get the key unless their name is shared (those keep working, and block the name).
      `MATCH (t:ApiToken) WHERE t.nameKey IS NULL
       WITH toLower(trim(t.name)) AS key, collect(t) AS tokens
       WHERE size(tokens) = 1 AND NOT EXISTS { MATCH (:ApiToken {nameKey: key}) }
       UNWIND tokens AS t
       SET t.nameKey = key`,
      'CREATE CONSTRAINT api_token_name_key IF NOT EXISTS FOR (t:ApiToken) REQUIRE t.nameKey IS UNIQUE',
    ],
  },
  {
    version: 11,
    description: 'imports: one remembered mapping per import source and kind',
    statements: ['CREATE CONSTRAINT import_source_key IF NOT EXISTS FOR (n:ImportSource) REQUIRE n.key IS UNIQUE'],
  },
  {
    version: 12,
    description: 'search finds measures (the indicators the papers name), plan sections and programme components, and outcomes by their narrative',
    statements: [
      'DROP INDEX thread_text IF EXISTS',
      `CREATE FULLTEXT INDEX thread_text IF NOT EXISTS
       FOR (n:Outcome|SubOutcome|Aim|Action|Theme|SubTheme|Document|Alias|Principle|Approach|Objective|Section|Component|Organisation|FinancialFigure|PartnerPriority|BusinessPlanCommitment|SavingsLine|Measure)
       ON EACH [n.name, n.text, n.statement, n.title, n.description, n.citationQuote, n.narrative]`,
    ],
  },
  {
    version: 13,
    description: 'audit: an imported file writes one event holding its row-level changes; the keys it changed are found through a full-text index (each key one exact term)',
    statements: [
      // Property indexes do not index the elements of a list; a full-text index with the keyword analyser does.
      `CREATE FULLTEXT INDEX audit_changed_keys IF NOT EXISTS FOR (e:AuditEvent) ON EACH [e.changedKeys]
       OPTIONS {indexConfig: {\`fulltext.analyzer\`: 'keyword', \`fulltext.eventually_consistent\`: false}}`,
    ],
  },
];
