/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query BusinessPlansOfPublicHealth { organisation(key: \"public-health-department\") {\n      name illustrative\n      businessPlans { title period kind illustrative commitments { code illustrative delivers {\n        __typename ... on Action { code subOutcome { code outcome { code name } } }\n      } } }\n    } }": typeof types.BusinessPlansOfPublicHealthDocument,
    "query BusinessPlansBehind93 { subOutcome(plan: \"2022-26\", code: \"9.3\") { businessPlanCommitments { code illustrative department { name } } } }": typeof types.BusinessPlansBehind93Document,
    "query BusinessPlansCoverage { plan(period: \"2022-26\") { businessPlanCoverage { subOutcome { code } commitments { code } departments { key } } } }": typeof types.BusinessPlansCoverageDocument,
    "query BusinessPlansShare { plan(period: \"2022-26\") { coverage { shares { type count of } } } }": typeof types.BusinessPlansShareDocument,
    "query CoverageUnlisted { plan(period: \"2022-26\") { coverage {\n  completeness unlisted shares { type count unlisted of share }\n  outcomes { outcome { code } unlisted subOutcomes { subOutcome { code } has unlisted lacks } }\n  gaps(lacking: [AIM]) { subOutcome { code } }\n} } }": typeof types.CoverageUnlistedDocument,
    "query CoverageUnlistedOf61 { subOutcome(plan: \"2022-26\", code: \"6.1\") { unlistedSupport { kinds citation { source { key } at quote line } } } }": typeof types.CoverageUnlistedOf61Document,
    "query CoverageUnlistedOf5 { outcome(plan: \"2022-26\", code: \"5\") { unlistedSupport { kinds citation { at quote } } } }": typeof types.CoverageUnlistedOf5Document,
    "query CoverageUnlisted201418 { plan(period: \"2014-18\") { coverage { unlisted completeness outcomes { outcome { code } } } unlistedSupport { citation { at } } } }": typeof types.CoverageUnlisted201418Document,
    "fragment FinanceYearly on YearlyMoney { years { year amount { pence } } total { pence pounds formatted } }": typeof types.FinanceYearlyFragmentDoc,
    "query FinanceReconciles { savings(edition: \"mtfs-2017-21\") {\n      years illustrative total { ...FinanceYearly } unapportioned { ...FinanceYearly }\n      byOutcome { outcome { code } amount { ...FinanceYearly } direct { ...FinanceYearly } subOutcomes { subOutcome { code } amount { ...FinanceYearly } } }\n      lines { amounts { ...FinanceYearly } }\n    } }": typeof types.FinanceReconcilesDocument,
    "query FinanceSplitsCR5 { savingsLine(edition: \"mtfs-2017-21\", reference: \"CR5\") {\n      amounts { ...FinanceYearly } unapportionedPercent unapportioned { ...FinanceYearly }\n      apportionments { target { ... on Outcome { code } } sharePercent amount { ...FinanceYearly } }\n    } }": typeof types.FinanceSplitsCr5Document,
    "query FinanceProgress { savings(edition: \"mtfs-2017-21\") {\n      progress { target { amount { pence } citation { source { key } quote } } includedCostPressures { amount { pence } citation { quote } }\n                 identified { pence } delivered { pence } onTrack { pence } atRisk { pence } notStarted { pence } unachievable { pence }\n                 achievable { pence } gapToTarget { pence } illustrative }\n      byStatus { status lines amount { total { pence } } }\n      costPressures { reference illustrative amounts { total { pence } } }\n    } }": typeof types.FinanceProgressDocument,
    "query FinanceByDepartment { savings(edition: \"mtfs-2017-21\") { total { total { pence } }\n      byDepartment { department { key name } lines amount { total { pence } } byStatus { amount { total { pence } } } } } }": typeof types.FinanceByDepartmentDocument,
    "query FinanceUnmapped { savings(edition: \"mtfs-2017-21\") {\n      unmappedLines { reference mapped unapportionedPercent amounts { total { pence } } unapportioned { total { pence } } }\n      lines(mapped: false) { reference }\n    } }": typeof types.FinanceUnmappedDocument,
    "query FinanceImpactOfAC3 { savingsImpact(lines: [\"mtfs-2017-21/AC3\"]) {\n      total { total { pence } }\n      items { item { __typename ... on Outcome { code } ... on SubOutcome { code } }\n              reach { relation through { sharePercent target { __typename ... on Outcome { code } ... on SubOutcome { code } } } }\n              apportioned { total { pence } } }\n    } }": typeof types.FinanceImpactOfAc3Document,
    "mutation FinanceImportPH9($c: String!) { importFile(kind: \"savings-lines\", format: CSV, content: $c, source: \"impact-test.csv\", edition: \"mtfs-2021\") { added } }": typeof types.FinanceImportPh9Document,
    "query FinanceImpactOfPH9 { savingsImpact(lines: [\"mtfs-2021/PH9\"]) { total { total { pence } }\n      items { item { __typename ... on Aim { code } ... on Action { code } ... on SubOutcome { code } ... on Outcome { code } } reach { relation } apportioned { total { pence } } } } }": typeof types.FinanceImpactOfPh9Document,
    "query FinanceSavingsOfWO { outcome(plan: \"2018-22\", code: \"WO\") {\n      savings(edition: \"mtfs-2017-21\") { illustrative apportioned { total { pence } } lines { line { reference } through { sharePercent } apportioned { total { pence } } } csv }\n    } savings(edition: \"mtfs-2017-21\") { byOutcome(plan: \"2018-22\") { outcome { code } amount { total { pence } } } } }": typeof types.FinanceSavingsOfWoDocument,
    "query FinanceOutcomesCsv { savings(edition: \"mtfs-2017-21\") { csv(view: BY_OUTCOME) } }": typeof types.FinanceOutcomesCsvDocument,
    "query FinanceOutcomesCsvDownload { savings(edition: \"mtfs-2017-21\") { csv(view: BY_OUTCOME) } }": typeof types.FinanceOutcomesCsvDownloadDocument,
    "query IllustrativeCoverage($include: Boolean!) { plan(period: \"2022-26\") { coverage(includeIllustrative: $include) {\n    completeness illustrativeCompleteness withoutIllustrative shares { type count unlisted illustrative share illustrativeShare }\n    outcomes { subOutcomes { subOutcome { code } has illustrative } } } } }": typeof types.IllustrativeCoverageDocument,
    "query IllustrativeMatrix { plan(period: \"2022-26\") {\n      all: alignmentMatrix { links illustrativeLinks illustrative rows { links illustrativeLinks cells { links illustrativeLinks } } }\n      own: alignmentMatrix(includeIllustrative: false) { links illustrativeLinks illustrative withoutIllustrative strategies { key } }\n    } }": typeof types.IllustrativeMatrixDocument,
    "query IllustrativeSharedGround { plan(period: \"2022-26\") {\n      all: sharedGround(minStrategies: 1) { item { id } strategies { key } alignments { illustrative } illustrativeAlignments illustrativeStrategies illustrative }\n      own: sharedGround(minStrategies: 1, includeIllustrative: false) { item { id } }\n    } }": typeof types.IllustrativeSharedGroundDocument,
    "query IllustrativeSavings {\n      all: savings(edition: \"mtfs-2017-21\") { illustrativeLines lines { key } total { total { pence } illustrativePart { pence } years { amount { pence } illustrativePart { pence } } }\n        byOutcome(plan: \"2018-22\") { amount { total { pence } illustrativePart { pence } } }\n        byDepartment { amount { total { pence } illustrativePart { pence } } }\n        progress { identified { pence } illustrativeIdentified { pence } target { amount { pence } } } }\n      own: savings(edition: \"mtfs-2017-21\", includeIllustrative: false) { withoutIllustrative illustrativeLines lines { key } total { total { pence } illustrativePart { pence } }\n        progress { identified { pence } target { amount { pence } } } }\n    }": typeof types.IllustrativeSavingsDocument,
    "query IllustrativeSavingsOfWO { outcome(plan: \"2018-22\", code: \"WO\") {\n      all: savings { lines { line { key } } apportioned { total { pence } illustrativePart { pence } } }\n      own: savings(includeIllustrative: false) { lines { line { key } } } } }": typeof types.IllustrativeSavingsOfWoDocument,
    "mutation IllustrativeImport($kind: String!, $format: ImportFormat!, $content: String!, $source: String!, $edition: String) {\n  importFile(kind: $kind, format: $format, content: $content, source: $source, edition: $edition) { added }\n}": typeof types.IllustrativeImportDocument,
    "query IllustrativeExamplesLoaded($link: ID!) {\n      links: subOutcome(plan: \"2022-26\", code: \"8.2\") { supportingActions { edges { how link { basis illustrative } } } }\n      priority: node(id: $link) { ... on SubOutcome { code } }\n      jhws: document(key: \"jhws\") { priorities { code illustrative } }\n      plan: document(key: \"business-plan-2023-24-environment-and-transport\") { illustrative commitments { code illustrative } }\n      line: savingsLine(edition: \"mtfs-2021\", reference: \"PH21\") { illustrative }\n      example: plan(period: \"example-2026-30\") { outcomes { subOutcomes { aims { actions { code illustrative } } } } }\n    }": typeof types.IllustrativeExamplesLoadedDocument,
    "query IllustrativeExampleCoverage($include: Boolean!) { plan(period: \"2022-26\") { coverage(includeIllustrative: $include) {\n      shares { type count illustrative } outcomes { subOutcomes { subOutcome { code } has illustrative lacks } } } } }": typeof types.IllustrativeExampleCoverageDocument,
    "fragment LineageAnswerStep on LineageStep { kind basis confidence distance partOnly rationale direction\n  from { __typename ... on Outcome { code } ... on SubOutcome { code } ... on Theme { code } ... on StrategicPlan { period } }\n  to { __typename ... on Outcome { code } ... on SubOutcome { code } ... on StrategicPlan { period } } }": typeof types.LineageAnswerStepFragmentDoc,
    "query LineageAnswersOf5 { outcome(plan: \"2022-26\", code: \"5\") { lineage(direction: BACKWARD) { ...LineageAnswerStep } } }": typeof types.LineageAnswersOf5Document,
    "query LineageAnswersOfWO { outcome(plan: \"2018-22\", code: \"WO\") { lineage(direction: BACKWARD) { ...LineageAnswerStep } } }": typeof types.LineageAnswersOfWoDocument,
    "query LineageAnswersOf7 { outcome(plan: \"2022-26\", code: \"7\") { lineage(direction: BACKWARD) { ...LineageAnswerStep } } }": typeof types.LineageAnswersOf7Document,
    "query LineageAnswersDoubted {\n      kps2: subOutcome(plan: \"2018-22\", code: \"KPS.2\") { lineage(direction: FORWARD) { ...LineageAnswerStep } }\n      aqh: outcome(plan: \"2018-22\", code: \"AQH\") { lineage(direction: BACKWARD) { ...LineageAnswerStep } }\n      kps: outcome(plan: \"2018-22\", code: \"KPS\") { lineage(direction: BACKWARD) { ...LineageAnswerStep } }\n    }": typeof types.LineageAnswersDoubtedDocument,
    "query LineageAnswersOfSE { outcome(plan: \"2018-22\", code: \"SE\") { lineage(direction: BACKWARD) { kind basis from { ... on Outcome { code } } citation { source { key } at quote } } } }": typeof types.LineageAnswersOfSeDocument,
    "query LineageAnswersSuccessions { plan(period: \"2018-22\") { relatedDocuments(kinds: [SUCCEEDED_BY]) { direction basis rationale other { key } } } }": typeof types.LineageAnswersSuccessionsDocument,
    "fragment MeasuresMeasure on Measure { key kind name unit citation { source { key } at quote }\n  assesses { item { __typename ... on Aim { code } ... on SubOutcome { code } ... on StrategicPlan { period } } link { basis confidence rationale citation { at quote } } } }": typeof types.MeasuresMeasureFragmentDoc,
    "query MeasuresGld { search(text: \"good level of development\") { edges { matchedField node { __typename ...MeasuresMeasure } citation { quote } } } }": typeof types.MeasuresGldDocument,
    "query MeasuresByWording {\n      advice: search(text: \"find it easy to access information and advice\") { edges { node { __typename ... on Measure { key judges { ... on Aim { code } } } } } }\n      weight: search(text: \"healthy weight\") { edges { node { __typename ... on Measure { key } } } }\n      alias: search(text: \"foundation stage\") { edges { matchedField node { __typename ... on Measure { key } } } }\n    }": typeof types.MeasuresByWordingDocument,
    "query MeasuresOfItems($aim: ID!) {\n      aim: node(id: $aim) { __typename ... on Aim { measures { key } } }\n      wo3: subOutcome(plan: \"2018-22\", code: \"WO.3\") { measures { key } }\n      p14: plan(period: \"2014-18\") { measures { key kind citation { at } } }\n      p18: plan(period: \"2018-22\") { measures { key kind } }\n      sets: measures(kind: INDICATOR_SET) { key }\n      all: measures { key }\n    }": typeof types.MeasuresOfItemsDocument,
    "query MeasuresCited { measures { key citation { quote } assesses { link { basis citation { quote } } } } }": typeof types.MeasuresCitedDocument,
    "query MeasuresCoverage { plan(period: \"2022-26\") { coverage { shares { type count } outcomes { subOutcomes { subOutcome { code } has } } } } }": typeof types.MeasuresCoverageDocument,
    "query NeighboursOfOne($id: ID!, $kinds: [String!], $first: Int) {\n  neighbours(id: $id, kinds: $kinds, first: $first) {\n    forward item { __typename id } link { kind basis rationale citation { source { key } at quote } }\n  }\n}": typeof types.NeighboursOfOneDocument,
    "query NeighboursOutcome9 { outcome(plan: \"2022-26\", code: \"9\") { id plan { id } subOutcomes { id } lineage(direction: BACKWARD) { kind from { id } to { id } } } }": typeof types.NeighboursOutcome9Document,
    "query NeighboursPlan { plan(period: \"2022-26\") { id outcomes { id subOutcomes { id } } } }": typeof types.NeighboursPlanDocument,
    "query NeighboursOfMany($ids: [ID!]!) { neighbourhoods(ids: $ids) {\n      of neighbours { forward item { __typename id } link { kind basis rationale citation { source { key } at quote } } } } }": typeof types.NeighboursOfManyDocument,
    "query NeighboursIdsOnly($ids: [ID!]!) { neighbourhoods(ids: $ids) { of neighbours { item { id } link { kind } } } }": typeof types.NeighboursIdsOnlyDocument,
    "query NeighboursTooMany($ids: [ID!]!) { neighbourhoods(ids: $ids) { of } }": typeof types.NeighboursTooManyDocument,
    "query PartnersMatrix { plan(period: \"2022-26\") { alignmentMatrix {\n      illustrative strategies { key } rows { outcome { code } links cells { strategy { key } links primary contributory illustrative } }\n    } } }": typeof types.PartnersMatrixDocument,
    "query PartnersMatrixCell { plan(period: \"2022-26\") { alignmentMatrix { rows { outcome { code } cells { strategy { key } alignments {\n      priority { code name illustrative } target { ... on SubOutcome { code } } strength rationale illustrative\n    } } } } } }": typeof types.PartnersMatrixCellDocument,
    "query PartnersJhws { document(key: \"jhws\") {\n      title owner { name illustrative } ownerIsIllustrative\n      priorities { code name illustrative subPriorities { code } alignsWith { target { ... on SubOutcome { code } } strength } }\n      unalignedPriorities { code name parent { code } illustrative }\n    } }": typeof types.PartnersJhwsDocument,
    "query PartnersSharedByThree { plan(period: \"2022-26\") { sharedGround(minStrategies: 3) {\n      item { ... on SubOutcome { code name } } strategies { key } partnerships { name illustrative } illustrative\n    } } }": typeof types.PartnersSharedByThreeDocument,
    "query PartnersSharedByTwo { plan(period: \"2022-26\") { sharedGround { item { __typename ... on SubOutcome { code } } strategies { key } } } }": typeof types.PartnersSharedByTwoDocument,
    "query PartnersCoverage { plan(period: \"2022-26\") { coverage { shares { type count of } } } }": typeof types.PartnersCoverageDocument,
    "query ProgressMeasureRatings {\n      hw: measure(key: \"measure/HEALTHY-WEIGHT\") { direction tolerance baseline { value period { label } }\n        targets { period { label } target illustrative }\n        values { period { label kind start end } value target rag illustrative source }\n        rag(period: \"2023/24 Q2\") trend(period: \"2023/24 Q2\") { trend change values { period { label } value } } }\n      neet: measure(key: \"measure/NEET\") { direction values { period { label } value target rag } trend(period: \"2023/24 Q2\", periods: 2) { trend change } }\n      gld: measure(key: \"measure/GLD\") { rag(period: \"2023/24 Q2\") }\n      mw: measure(key: \"measure/MENTAL-WELLBEING\") { rag(period: \"2023/24 Q2\") }\n      bg: measure(key: \"measure/BACKGROUNDS-GET-ON-WELL\") { rag(period: \"2023/24 Q2\") values { target rag } }\n      none: measure(key: \"measure/CARE-EXPERIENCE\") { direction tolerance rag(period: \"2023/24 Q2\") values { value } trend(period: \"2023/24 Q2\") { trend } }\n    }": typeof types.ProgressMeasureRatingsDocument,
    "query ProgressStaleActions { plan(period: \"2022-26\") { staleActions(period: \"2023/24 Q2\") { action { code } owner { key } lastUpdate { period { label } status recordedBy } } } }": typeof types.ProgressStaleActionsDocument,
    "query ProgressActionUpdates($id: ID!) { node(id: $id) { __typename ... on Action {\n      updates { period { label } status commentary revisedDate recordedAt recordedBy illustrative action { code } }\n      q1: latestUpdate(period: \"2023/24 Q1\") { status } q2: latestUpdate(period: \"2023/24 Q2\") { status } before: latestUpdate(period: \"2022/23 Q4\") { status }\n      latestUpdate { status } } } }": typeof types.ProgressActionUpdatesDocument,
    "fragment ProgressRollUpFields on ProgressRollUp {\n    item { __typename ... on Outcome { code } ... on SubOutcome { code } ... on Aim { code } ... on StrategicPlan { period } }\n    period { label } asOf illustrative actionsNeverUpdated\n    actionsByStatus { status count previousCount } measuresByRag { rag count previousCount } savingsLinesByStatus { status count }\n    changes { item { __typename ... on Action { code } ... on Measure { code } } before after tracesTo illustrative }\n  }": typeof types.ProgressRollUpFieldsFragmentDoc,
    "query ProgressRollUpOf93 { subOutcome(plan: \"2022-26\", code: \"9.3\") { progress(period: \"2023/24 Q2\") { ...ProgressRollUpFields }\n      aims { code measures { code rag(period: \"2023/24 Q2\") pre: rag(period: \"2023/24 Q1\") } actions { code latestUpdate(period: \"2023/24 Q2\") { status } pre: latestUpdate(period: \"2023/24 Q1\") { status } } } } }": typeof types.ProgressRollUpOf93Document,
    "query ProgressRollUpOfPlan { plan(period: \"2022-26\") { progress(period: \"2023/24 Q2\") { ...ProgressRollUpFields }\n      outcomes { code progress(period: \"2023/24 Q2\") { ...ProgressRollUpFields } subOutcomes { code progress(period: \"2023/24 Q2\") { actionsByStatus { status count } measuresByRag { rag count } } } } } }": typeof types.ProgressRollUpOfPlanDocument,
    "query ProgressAsOf { measure(key: \"measure/HEALTHY-WEIGHT\") { values(asOf: \"2023-08-01\") { period { label } } rag(period: \"2023/24 Q2\", asOf: \"2023-08-01\") } }": typeof types.ProgressAsOfDocument,
    "query ProgressBoardReport { outcomeBoardReport(board: \"outcome-boards\", period: \"2023/24 Q2\") {\n    board { key } period { label } illustrative basis { source { key } at quote }\n    achievements { ...ProgressReportStatement } challenges { ...ProgressReportStatement } priorities { ...ProgressReportStatement }\n    outcomes { outcome { code } rollUp { actionsByStatus { status count } }\n      measures { measure { code } value { value target period { label } } rag trend illustrative }\n      offTrackActions { id status commentary revisedDate action { code } }\n      coverageGaps { code }\n      savingsAtRisk { line { reference } status reaches { ... on SubOutcome { code } } fallingMeasures { code } illustrative } } } }\n  fragment ProgressReportStatement on ReportStatement { text outcome { code } illustrative\n    tracesTo { kind update { id status commentary action { code } } value { id value target rag measure { code name } } savingsLine { reference status } citation { source { key } quote } } }": typeof types.ProgressBoardReportDocument,
    "mutation SavingsImportFile($content: String!, $source: String!, $dryRun: Boolean, $edition: String) {\n  importFile(kind: \"savings-lines\", format: CSV, content: $content, source: $source, dryRun: $dryRun, edition: $edition) {\n    applied added changed unchanged retired changes { change key line before after } } }": typeof types.SavingsImportFileDocument,
    "fragment SavingsImportLine on SavingsLine { reference status amounts { years { year amount { pence } } total { pence } } apportionments { sharePercent } version }": typeof types.SavingsImportLineFragmentDoc,
    "query SavingsImportLines { savings(edition: \"mtfs-2017-21\") { total { total { pence } } lines { ...SavingsImportLine } } }": typeof types.SavingsImportLinesDocument,
    "query SavingsImportExport { savings(edition: \"mtfs-2017-21\") { csv(view: LINES) } }": typeof types.SavingsImportExportDocument,
    "query SavingsImportPH21 { savingsLine(edition: \"mtfs-2021\", reference: \"PH21\") { reference } }": typeof types.SavingsImportPh21Document,
    "query SavingsImportSample { ph: savingsLine(edition: \"mtfs-2021\", reference: \"PH21\") { ...SavingsImportLine }\n      cf: savingsLine(edition: \"mtfs-2021\", reference: \"CF21\") { ...SavingsImportLine } cr: savingsLine(edition: \"mtfs-2021\", reference: \"CR21\") { ...SavingsImportLine }\n      ac: savingsLine(edition: \"mtfs-2021\", reference: \"AC21\") { status illustrative department { key } apportionments { sharePercent target { __typename ... on Outcome { code } ... on SubOutcome { code } } } } }": typeof types.SavingsImportSampleDocument,
    "query SavingsImportRetired { savings(edition: \"mtfs-2017-21\") { lines { reference } } ce2: savingsLine(edition: \"mtfs-2017-21\", reference: \"CE2\") { reference } }": typeof types.SavingsImportRetiredDocument,
    "mutation SavingsImportApportion($line: ID!, $shares: [SavingsShareInput!]!, $v: Int!) { apportionSavingsLine(line: $line, shares: $shares, expectedVersion: $v) {\n    version unapportionedPercent apportionments { sharePercent target { ... on SubOutcome { code } ... on Outcome { code } } } } }": typeof types.SavingsImportApportionDocument,
    "query SavingsImportCR1 { savingsLine(edition: \"mtfs-2017-21\", reference: \"CR1\") { id version mapped } }": typeof types.SavingsImportCr1Document,
    "query TraceabilityActionsOf93 { subOutcome(plan: \"2022-26\", code: \"9.3\") {\n      supportingActions(first: 100) { totalCount edges { how aim { code } node { code text } citation { source { key } at quote line } } }\n    } }": typeof types.TraceabilityActionsOf93Document,
    "query TraceabilityActionsOf9 { outcome(plan: \"2022-26\", code: \"9\") { supportingActions(first: 0) { totalCount } } }": typeof types.TraceabilityActionsOf9Document,
    "query TraceabilityActionsOf54 { subOutcome(plan: \"2022-26\", code: \"5.4\") { supportingActions { edges { how aim { code } node { text summarised } } } } }": typeof types.TraceabilityActionsOf54Document,
    "query TraceabilityLinkedActionsOf54 { subOutcome(plan: \"2022-26\", code: \"5.4\") { supportingActions { totalCount edges {\n        how subOutcome { code } node { code owner { name } subOutcome { code } } link { kind basis rationale createdBy }\n      } } } }": typeof types.TraceabilityLinkedActionsOf54Document,
    "query TraceabilityActionPages($after: String) { subOutcome(plan: \"2022-26\", code: \"9.3\") {\n      supportingActions(first: 5, after: $after) { totalCount edges { node { code } } pageInfo { hasNextPage hasPreviousPage endCursor } } } }": typeof types.TraceabilityActionPagesDocument,
    "query TraceabilityCoverage { plan(period: \"2022-26\") { coverage {\n      completeness shares { type count unlisted of share }\n      outcomes { outcome { code } completeness hasNoSubOutcomes subOutcomes { subOutcome { code } has unlisted } }\n    } } }": typeof types.TraceabilityCoverageDocument,
    "query TraceabilityGapsOfActions { plan(period: \"2022-26\") { coverage { gaps(lacking: [ACTION]) { subOutcome { code } lacks } actionsSupportingNothing { code } } } }": typeof types.TraceabilityGapsOfActionsDocument,
    "query TraceabilityLineageOf9 { outcome(plan: \"2022-26\", code: \"9\") { lineage(direction: BACKWARD) {\n      kind basis from { __typename ... on Outcome { code } ... on Theme { code } } to { __typename ... on Outcome { code } }\n    } } }": typeof types.TraceabilityLineageOf9Document,
    "query TraceabilityLineageOf71 { subOutcome(plan: \"2022-26\", code: \"7.1\") { lineage {\n      direction kind basis rationale from { ... on SubOutcome { code name } }\n    } } }": typeof types.TraceabilityLineageOf71Document,
    "query TraceabilityLineageOf51 { subOutcome(plan: \"2022-26\", code: \"5.1\") { lineage(direction: BACKWARD) { kind from { __typename ... on StrategicPlan { period } } } } }": typeof types.TraceabilityLineageOf51Document,
    "query TraceabilityRelatedDocuments { plan(period: \"2022-26\") { relatedDocuments(kinds: [UNDERPINNED_BY, COMPLEMENTED_BY]) {\n      kind direction other { title kind } citation { source { key } at }\n    } } }": typeof types.TraceabilityRelatedDocumentsDocument,
    "query TraceabilityPartnerStrategies { documents(kinds: [PARTNER_STRATEGY]) { key title relations(kinds: [CONTRIBUTES_TO]) { direction other { key } } } }": typeof types.TraceabilityPartnerStrategiesDocument,
    "query TraceabilitySearchAirQuality { search(text: \"air quality\", first: 3) { totalCount edges {\n      matchedField node { __typename ... on Action { code } } trail { __typename ... on StrategicPlan { period } ... on Outcome { code } ... on SubOutcome { code } ... on Aim { code } }\n    } } }": typeof types.TraceabilitySearchAirQualityDocument,
    "query TraceabilitySearchDementia { search(text: \"dementia\") { totalCount edges { node { __typename\n      ... on Action { code } ... on Document { title } ... on BusinessPlanCommitment { code illustrative } } } } }": typeof types.TraceabilitySearchDementiaDocument,
    "query TraceabilitySearchAlias { search(text: \"environmentallyfriendly\") { edges { matchedField matchedText node { ... on SubOutcome { code } } } } }": typeof types.TraceabilitySearchAliasDocument,
    "query TraceabilityPathsToOutcome9($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxDepth: 4) {\n      length steps { forward link { kind citation { at } } from { __typename } to { __typename } }\n    } }": typeof types.TraceabilityPathsToOutcome9Document,
    "query TraceabilityLineagePaths($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxDepth: 2) { length steps { link { kind } } } }": typeof types.TraceabilityLineagePathsDocument,
    "query TraceabilityOtherWordings { plan(period: \"2022-26\") { otherWordings { canonical item { ... on SubOutcome { code } } alias { text kind citation { source { key } at } } } } }": typeof types.TraceabilityOtherWordingsDocument,
    "query TraceabilityTimeline201822 { plan(period: \"2018-22\") { decisions { date month kind body { name } citation { source { key } } } } }": typeof types.TraceabilityTimeline201822Document,
    "query TraceabilityDecisions202226 { plan(period: \"2022-26\") { decisions { date month kind body { name } } } }": typeof types.TraceabilityDecisions202226Document,
    "query TraceabilityMonitoring { plan(period: \"2022-26\") { outcomes { code monitoredBy { board { name } citation { source { key } } } } } }": typeof types.TraceabilityMonitoringDocument,
};
const documents: Documents = {
    "query BusinessPlansOfPublicHealth { organisation(key: \"public-health-department\") {\n      name illustrative\n      businessPlans { title period kind illustrative commitments { code illustrative delivers {\n        __typename ... on Action { code subOutcome { code outcome { code name } } }\n      } } }\n    } }": types.BusinessPlansOfPublicHealthDocument,
    "query BusinessPlansBehind93 { subOutcome(plan: \"2022-26\", code: \"9.3\") { businessPlanCommitments { code illustrative department { name } } } }": types.BusinessPlansBehind93Document,
    "query BusinessPlansCoverage { plan(period: \"2022-26\") { businessPlanCoverage { subOutcome { code } commitments { code } departments { key } } } }": types.BusinessPlansCoverageDocument,
    "query BusinessPlansShare { plan(period: \"2022-26\") { coverage { shares { type count of } } } }": types.BusinessPlansShareDocument,
    "query CoverageUnlisted { plan(period: \"2022-26\") { coverage {\n  completeness unlisted shares { type count unlisted of share }\n  outcomes { outcome { code } unlisted subOutcomes { subOutcome { code } has unlisted lacks } }\n  gaps(lacking: [AIM]) { subOutcome { code } }\n} } }": types.CoverageUnlistedDocument,
    "query CoverageUnlistedOf61 { subOutcome(plan: \"2022-26\", code: \"6.1\") { unlistedSupport { kinds citation { source { key } at quote line } } } }": types.CoverageUnlistedOf61Document,
    "query CoverageUnlistedOf5 { outcome(plan: \"2022-26\", code: \"5\") { unlistedSupport { kinds citation { at quote } } } }": types.CoverageUnlistedOf5Document,
    "query CoverageUnlisted201418 { plan(period: \"2014-18\") { coverage { unlisted completeness outcomes { outcome { code } } } unlistedSupport { citation { at } } } }": types.CoverageUnlisted201418Document,
    "fragment FinanceYearly on YearlyMoney { years { year amount { pence } } total { pence pounds formatted } }": types.FinanceYearlyFragmentDoc,
    "query FinanceReconciles { savings(edition: \"mtfs-2017-21\") {\n      years illustrative total { ...FinanceYearly } unapportioned { ...FinanceYearly }\n      byOutcome { outcome { code } amount { ...FinanceYearly } direct { ...FinanceYearly } subOutcomes { subOutcome { code } amount { ...FinanceYearly } } }\n      lines { amounts { ...FinanceYearly } }\n    } }": types.FinanceReconcilesDocument,
    "query FinanceSplitsCR5 { savingsLine(edition: \"mtfs-2017-21\", reference: \"CR5\") {\n      amounts { ...FinanceYearly } unapportionedPercent unapportioned { ...FinanceYearly }\n      apportionments { target { ... on Outcome { code } } sharePercent amount { ...FinanceYearly } }\n    } }": types.FinanceSplitsCr5Document,
    "query FinanceProgress { savings(edition: \"mtfs-2017-21\") {\n      progress { target { amount { pence } citation { source { key } quote } } includedCostPressures { amount { pence } citation { quote } }\n                 identified { pence } delivered { pence } onTrack { pence } atRisk { pence } notStarted { pence } unachievable { pence }\n                 achievable { pence } gapToTarget { pence } illustrative }\n      byStatus { status lines amount { total { pence } } }\n      costPressures { reference illustrative amounts { total { pence } } }\n    } }": types.FinanceProgressDocument,
    "query FinanceByDepartment { savings(edition: \"mtfs-2017-21\") { total { total { pence } }\n      byDepartment { department { key name } lines amount { total { pence } } byStatus { amount { total { pence } } } } } }": types.FinanceByDepartmentDocument,
    "query FinanceUnmapped { savings(edition: \"mtfs-2017-21\") {\n      unmappedLines { reference mapped unapportionedPercent amounts { total { pence } } unapportioned { total { pence } } }\n      lines(mapped: false) { reference }\n    } }": types.FinanceUnmappedDocument,
    "query FinanceImpactOfAC3 { savingsImpact(lines: [\"mtfs-2017-21/AC3\"]) {\n      total { total { pence } }\n      items { item { __typename ... on Outcome { code } ... on SubOutcome { code } }\n              reach { relation through { sharePercent target { __typename ... on Outcome { code } ... on SubOutcome { code } } } }\n              apportioned { total { pence } } }\n    } }": types.FinanceImpactOfAc3Document,
    "mutation FinanceImportPH9($c: String!) { importFile(kind: \"savings-lines\", format: CSV, content: $c, source: \"impact-test.csv\", edition: \"mtfs-2021\") { added } }": types.FinanceImportPh9Document,
    "query FinanceImpactOfPH9 { savingsImpact(lines: [\"mtfs-2021/PH9\"]) { total { total { pence } }\n      items { item { __typename ... on Aim { code } ... on Action { code } ... on SubOutcome { code } ... on Outcome { code } } reach { relation } apportioned { total { pence } } } } }": types.FinanceImpactOfPh9Document,
    "query FinanceSavingsOfWO { outcome(plan: \"2018-22\", code: \"WO\") {\n      savings(edition: \"mtfs-2017-21\") { illustrative apportioned { total { pence } } lines { line { reference } through { sharePercent } apportioned { total { pence } } } csv }\n    } savings(edition: \"mtfs-2017-21\") { byOutcome(plan: \"2018-22\") { outcome { code } amount { total { pence } } } } }": types.FinanceSavingsOfWoDocument,
    "query FinanceOutcomesCsv { savings(edition: \"mtfs-2017-21\") { csv(view: BY_OUTCOME) } }": types.FinanceOutcomesCsvDocument,
    "query FinanceOutcomesCsvDownload { savings(edition: \"mtfs-2017-21\") { csv(view: BY_OUTCOME) } }": types.FinanceOutcomesCsvDownloadDocument,
    "query IllustrativeCoverage($include: Boolean!) { plan(period: \"2022-26\") { coverage(includeIllustrative: $include) {\n    completeness illustrativeCompleteness withoutIllustrative shares { type count unlisted illustrative share illustrativeShare }\n    outcomes { subOutcomes { subOutcome { code } has illustrative } } } } }": types.IllustrativeCoverageDocument,
    "query IllustrativeMatrix { plan(period: \"2022-26\") {\n      all: alignmentMatrix { links illustrativeLinks illustrative rows { links illustrativeLinks cells { links illustrativeLinks } } }\n      own: alignmentMatrix(includeIllustrative: false) { links illustrativeLinks illustrative withoutIllustrative strategies { key } }\n    } }": types.IllustrativeMatrixDocument,
    "query IllustrativeSharedGround { plan(period: \"2022-26\") {\n      all: sharedGround(minStrategies: 1) { item { id } strategies { key } alignments { illustrative } illustrativeAlignments illustrativeStrategies illustrative }\n      own: sharedGround(minStrategies: 1, includeIllustrative: false) { item { id } }\n    } }": types.IllustrativeSharedGroundDocument,
    "query IllustrativeSavings {\n      all: savings(edition: \"mtfs-2017-21\") { illustrativeLines lines { key } total { total { pence } illustrativePart { pence } years { amount { pence } illustrativePart { pence } } }\n        byOutcome(plan: \"2018-22\") { amount { total { pence } illustrativePart { pence } } }\n        byDepartment { amount { total { pence } illustrativePart { pence } } }\n        progress { identified { pence } illustrativeIdentified { pence } target { amount { pence } } } }\n      own: savings(edition: \"mtfs-2017-21\", includeIllustrative: false) { withoutIllustrative illustrativeLines lines { key } total { total { pence } illustrativePart { pence } }\n        progress { identified { pence } target { amount { pence } } } }\n    }": types.IllustrativeSavingsDocument,
    "query IllustrativeSavingsOfWO { outcome(plan: \"2018-22\", code: \"WO\") {\n      all: savings { lines { line { key } } apportioned { total { pence } illustrativePart { pence } } }\n      own: savings(includeIllustrative: false) { lines { line { key } } } } }": types.IllustrativeSavingsOfWoDocument,
    "mutation IllustrativeImport($kind: String!, $format: ImportFormat!, $content: String!, $source: String!, $edition: String) {\n  importFile(kind: $kind, format: $format, content: $content, source: $source, edition: $edition) { added }\n}": types.IllustrativeImportDocument,
    "query IllustrativeExamplesLoaded($link: ID!) {\n      links: subOutcome(plan: \"2022-26\", code: \"8.2\") { supportingActions { edges { how link { basis illustrative } } } }\n      priority: node(id: $link) { ... on SubOutcome { code } }\n      jhws: document(key: \"jhws\") { priorities { code illustrative } }\n      plan: document(key: \"business-plan-2023-24-environment-and-transport\") { illustrative commitments { code illustrative } }\n      line: savingsLine(edition: \"mtfs-2021\", reference: \"PH21\") { illustrative }\n      example: plan(period: \"example-2026-30\") { outcomes { subOutcomes { aims { actions { code illustrative } } } } }\n    }": types.IllustrativeExamplesLoadedDocument,
    "query IllustrativeExampleCoverage($include: Boolean!) { plan(period: \"2022-26\") { coverage(includeIllustrative: $include) {\n      shares { type count illustrative } outcomes { subOutcomes { subOutcome { code } has illustrative lacks } } } } }": types.IllustrativeExampleCoverageDocument,
    "fragment LineageAnswerStep on LineageStep { kind basis confidence distance partOnly rationale direction\n  from { __typename ... on Outcome { code } ... on SubOutcome { code } ... on Theme { code } ... on StrategicPlan { period } }\n  to { __typename ... on Outcome { code } ... on SubOutcome { code } ... on StrategicPlan { period } } }": types.LineageAnswerStepFragmentDoc,
    "query LineageAnswersOf5 { outcome(plan: \"2022-26\", code: \"5\") { lineage(direction: BACKWARD) { ...LineageAnswerStep } } }": types.LineageAnswersOf5Document,
    "query LineageAnswersOfWO { outcome(plan: \"2018-22\", code: \"WO\") { lineage(direction: BACKWARD) { ...LineageAnswerStep } } }": types.LineageAnswersOfWoDocument,
    "query LineageAnswersOf7 { outcome(plan: \"2022-26\", code: \"7\") { lineage(direction: BACKWARD) { ...LineageAnswerStep } } }": types.LineageAnswersOf7Document,
    "query LineageAnswersDoubted {\n      kps2: subOutcome(plan: \"2018-22\", code: \"KPS.2\") { lineage(direction: FORWARD) { ...LineageAnswerStep } }\n      aqh: outcome(plan: \"2018-22\", code: \"AQH\") { lineage(direction: BACKWARD) { ...LineageAnswerStep } }\n      kps: outcome(plan: \"2018-22\", code: \"KPS\") { lineage(direction: BACKWARD) { ...LineageAnswerStep } }\n    }": types.LineageAnswersDoubtedDocument,
    "query LineageAnswersOfSE { outcome(plan: \"2018-22\", code: \"SE\") { lineage(direction: BACKWARD) { kind basis from { ... on Outcome { code } } citation { source { key } at quote } } } }": types.LineageAnswersOfSeDocument,
    "query LineageAnswersSuccessions { plan(period: \"2018-22\") { relatedDocuments(kinds: [SUCCEEDED_BY]) { direction basis rationale other { key } } } }": types.LineageAnswersSuccessionsDocument,
    "fragment MeasuresMeasure on Measure { key kind name unit citation { source { key } at quote }\n  assesses { item { __typename ... on Aim { code } ... on SubOutcome { code } ... on StrategicPlan { period } } link { basis confidence rationale citation { at quote } } } }": types.MeasuresMeasureFragmentDoc,
    "query MeasuresGld { search(text: \"good level of development\") { edges { matchedField node { __typename ...MeasuresMeasure } citation { quote } } } }": types.MeasuresGldDocument,
    "query MeasuresByWording {\n      advice: search(text: \"find it easy to access information and advice\") { edges { node { __typename ... on Measure { key judges { ... on Aim { code } } } } } }\n      weight: search(text: \"healthy weight\") { edges { node { __typename ... on Measure { key } } } }\n      alias: search(text: \"foundation stage\") { edges { matchedField node { __typename ... on Measure { key } } } }\n    }": types.MeasuresByWordingDocument,
    "query MeasuresOfItems($aim: ID!) {\n      aim: node(id: $aim) { __typename ... on Aim { measures { key } } }\n      wo3: subOutcome(plan: \"2018-22\", code: \"WO.3\") { measures { key } }\n      p14: plan(period: \"2014-18\") { measures { key kind citation { at } } }\n      p18: plan(period: \"2018-22\") { measures { key kind } }\n      sets: measures(kind: INDICATOR_SET) { key }\n      all: measures { key }\n    }": types.MeasuresOfItemsDocument,
    "query MeasuresCited { measures { key citation { quote } assesses { link { basis citation { quote } } } } }": types.MeasuresCitedDocument,
    "query MeasuresCoverage { plan(period: \"2022-26\") { coverage { shares { type count } outcomes { subOutcomes { subOutcome { code } has } } } } }": types.MeasuresCoverageDocument,
    "query NeighboursOfOne($id: ID!, $kinds: [String!], $first: Int) {\n  neighbours(id: $id, kinds: $kinds, first: $first) {\n    forward item { __typename id } link { kind basis rationale citation { source { key } at quote } }\n  }\n}": types.NeighboursOfOneDocument,
    "query NeighboursOutcome9 { outcome(plan: \"2022-26\", code: \"9\") { id plan { id } subOutcomes { id } lineage(direction: BACKWARD) { kind from { id } to { id } } } }": types.NeighboursOutcome9Document,
    "query NeighboursPlan { plan(period: \"2022-26\") { id outcomes { id subOutcomes { id } } } }": types.NeighboursPlanDocument,
    "query NeighboursOfMany($ids: [ID!]!) { neighbourhoods(ids: $ids) {\n      of neighbours { forward item { __typename id } link { kind basis rationale citation { source { key } at quote } } } } }": types.NeighboursOfManyDocument,
    "query NeighboursIdsOnly($ids: [ID!]!) { neighbourhoods(ids: $ids) { of neighbours { item { id } link { kind } } } }": types.NeighboursIdsOnlyDocument,
    "query NeighboursTooMany($ids: [ID!]!) { neighbourhoods(ids: $ids) { of } }": types.NeighboursTooManyDocument,
    "query PartnersMatrix { plan(period: \"2022-26\") { alignmentMatrix {\n      illustrative strategies { key } rows { outcome { code } links cells { strategy { key } links primary contributory illustrative } }\n    } } }": types.PartnersMatrixDocument,
    "query PartnersMatrixCell { plan(period: \"2022-26\") { alignmentMatrix { rows { outcome { code } cells { strategy { key } alignments {\n      priority { code name illustrative } target { ... on SubOutcome { code } } strength rationale illustrative\n    } } } } } }": types.PartnersMatrixCellDocument,
    "query PartnersJhws { document(key: \"jhws\") {\n      title owner { name illustrative } ownerIsIllustrative\n      priorities { code name illustrative subPriorities { code } alignsWith { target { ... on SubOutcome { code } } strength } }\n      unalignedPriorities { code name parent { code } illustrative }\n    } }": types.PartnersJhwsDocument,
    "query PartnersSharedByThree { plan(period: \"2022-26\") { sharedGround(minStrategies: 3) {\n      item { ... on SubOutcome { code name } } strategies { key } partnerships { name illustrative } illustrative\n    } } }": types.PartnersSharedByThreeDocument,
    "query PartnersSharedByTwo { plan(period: \"2022-26\") { sharedGround { item { __typename ... on SubOutcome { code } } strategies { key } } } }": types.PartnersSharedByTwoDocument,
    "query PartnersCoverage { plan(period: \"2022-26\") { coverage { shares { type count of } } } }": types.PartnersCoverageDocument,
    "query ProgressMeasureRatings {\n      hw: measure(key: \"measure/HEALTHY-WEIGHT\") { direction tolerance baseline { value period { label } }\n        targets { period { label } target illustrative }\n        values { period { label kind start end } value target rag illustrative source }\n        rag(period: \"2023/24 Q2\") trend(period: \"2023/24 Q2\") { trend change values { period { label } value } } }\n      neet: measure(key: \"measure/NEET\") { direction values { period { label } value target rag } trend(period: \"2023/24 Q2\", periods: 2) { trend change } }\n      gld: measure(key: \"measure/GLD\") { rag(period: \"2023/24 Q2\") }\n      mw: measure(key: \"measure/MENTAL-WELLBEING\") { rag(period: \"2023/24 Q2\") }\n      bg: measure(key: \"measure/BACKGROUNDS-GET-ON-WELL\") { rag(period: \"2023/24 Q2\") values { target rag } }\n      none: measure(key: \"measure/CARE-EXPERIENCE\") { direction tolerance rag(period: \"2023/24 Q2\") values { value } trend(period: \"2023/24 Q2\") { trend } }\n    }": types.ProgressMeasureRatingsDocument,
    "query ProgressStaleActions { plan(period: \"2022-26\") { staleActions(period: \"2023/24 Q2\") { action { code } owner { key } lastUpdate { period { label } status recordedBy } } } }": types.ProgressStaleActionsDocument,
    "query ProgressActionUpdates($id: ID!) { node(id: $id) { __typename ... on Action {\n      updates { period { label } status commentary revisedDate recordedAt recordedBy illustrative action { code } }\n      q1: latestUpdate(period: \"2023/24 Q1\") { status } q2: latestUpdate(period: \"2023/24 Q2\") { status } before: latestUpdate(period: \"2022/23 Q4\") { status }\n      latestUpdate { status } } } }": types.ProgressActionUpdatesDocument,
    "fragment ProgressRollUpFields on ProgressRollUp {\n    item { __typename ... on Outcome { code } ... on SubOutcome { code } ... on Aim { code } ... on StrategicPlan { period } }\n    period { label } asOf illustrative actionsNeverUpdated\n    actionsByStatus { status count previousCount } measuresByRag { rag count previousCount } savingsLinesByStatus { status count }\n    changes { item { __typename ... on Action { code } ... on Measure { code } } before after tracesTo illustrative }\n  }": types.ProgressRollUpFieldsFragmentDoc,
    "query ProgressRollUpOf93 { subOutcome(plan: \"2022-26\", code: \"9.3\") { progress(period: \"2023/24 Q2\") { ...ProgressRollUpFields }\n      aims { code measures { code rag(period: \"2023/24 Q2\") pre: rag(period: \"2023/24 Q1\") } actions { code latestUpdate(period: \"2023/24 Q2\") { status } pre: latestUpdate(period: \"2023/24 Q1\") { status } } } } }": types.ProgressRollUpOf93Document,
    "query ProgressRollUpOfPlan { plan(period: \"2022-26\") { progress(period: \"2023/24 Q2\") { ...ProgressRollUpFields }\n      outcomes { code progress(period: \"2023/24 Q2\") { ...ProgressRollUpFields } subOutcomes { code progress(period: \"2023/24 Q2\") { actionsByStatus { status count } measuresByRag { rag count } } } } } }": types.ProgressRollUpOfPlanDocument,
    "query ProgressAsOf { measure(key: \"measure/HEALTHY-WEIGHT\") { values(asOf: \"2023-08-01\") { period { label } } rag(period: \"2023/24 Q2\", asOf: \"2023-08-01\") } }": types.ProgressAsOfDocument,
    "query ProgressBoardReport { outcomeBoardReport(board: \"outcome-boards\", period: \"2023/24 Q2\") {\n    board { key } period { label } illustrative basis { source { key } at quote }\n    achievements { ...ProgressReportStatement } challenges { ...ProgressReportStatement } priorities { ...ProgressReportStatement }\n    outcomes { outcome { code } rollUp { actionsByStatus { status count } }\n      measures { measure { code } value { value target period { label } } rag trend illustrative }\n      offTrackActions { id status commentary revisedDate action { code } }\n      coverageGaps { code }\n      savingsAtRisk { line { reference } status reaches { ... on SubOutcome { code } } fallingMeasures { code } illustrative } } } }\n  fragment ProgressReportStatement on ReportStatement { text outcome { code } illustrative\n    tracesTo { kind update { id status commentary action { code } } value { id value target rag measure { code name } } savingsLine { reference status } citation { source { key } quote } } }": types.ProgressBoardReportDocument,
    "mutation SavingsImportFile($content: String!, $source: String!, $dryRun: Boolean, $edition: String) {\n  importFile(kind: \"savings-lines\", format: CSV, content: $content, source: $source, dryRun: $dryRun, edition: $edition) {\n    applied added changed unchanged retired changes { change key line before after } } }": types.SavingsImportFileDocument,
    "fragment SavingsImportLine on SavingsLine { reference status amounts { years { year amount { pence } } total { pence } } apportionments { sharePercent } version }": types.SavingsImportLineFragmentDoc,
    "query SavingsImportLines { savings(edition: \"mtfs-2017-21\") { total { total { pence } } lines { ...SavingsImportLine } } }": types.SavingsImportLinesDocument,
    "query SavingsImportExport { savings(edition: \"mtfs-2017-21\") { csv(view: LINES) } }": types.SavingsImportExportDocument,
    "query SavingsImportPH21 { savingsLine(edition: \"mtfs-2021\", reference: \"PH21\") { reference } }": types.SavingsImportPh21Document,
    "query SavingsImportSample { ph: savingsLine(edition: \"mtfs-2021\", reference: \"PH21\") { ...SavingsImportLine }\n      cf: savingsLine(edition: \"mtfs-2021\", reference: \"CF21\") { ...SavingsImportLine } cr: savingsLine(edition: \"mtfs-2021\", reference: \"CR21\") { ...SavingsImportLine }\n      ac: savingsLine(edition: \"mtfs-2021\", reference: \"AC21\") { status illustrative department { key } apportionments { sharePercent target { __typename ... on Outcome { code } ... on SubOutcome { code } } } } }": types.SavingsImportSampleDocument,
    "query SavingsImportRetired { savings(edition: \"mtfs-2017-21\") { lines { reference } } ce2: savingsLine(edition: \"mtfs-2017-21\", reference: \"CE2\") { reference } }": types.SavingsImportRetiredDocument,
    "mutation SavingsImportApportion($line: ID!, $shares: [SavingsShareInput!]!, $v: Int!) { apportionSavingsLine(line: $line, shares: $shares, expectedVersion: $v) {\n    version unapportionedPercent apportionments { sharePercent target { ... on SubOutcome { code } ... on Outcome { code } } } } }": types.SavingsImportApportionDocument,
    "query SavingsImportCR1 { savingsLine(edition: \"mtfs-2017-21\", reference: \"CR1\") { id version mapped } }": types.SavingsImportCr1Document,
    "query TraceabilityActionsOf93 { subOutcome(plan: \"2022-26\", code: \"9.3\") {\n      supportingActions(first: 100) { totalCount edges { how aim { code } node { code text } citation { source { key } at quote line } } }\n    } }": types.TraceabilityActionsOf93Document,
    "query TraceabilityActionsOf9 { outcome(plan: \"2022-26\", code: \"9\") { supportingActions(first: 0) { totalCount } } }": types.TraceabilityActionsOf9Document,
    "query TraceabilityActionsOf54 { subOutcome(plan: \"2022-26\", code: \"5.4\") { supportingActions { edges { how aim { code } node { text summarised } } } } }": types.TraceabilityActionsOf54Document,
    "query TraceabilityLinkedActionsOf54 { subOutcome(plan: \"2022-26\", code: \"5.4\") { supportingActions { totalCount edges {\n        how subOutcome { code } node { code owner { name } subOutcome { code } } link { kind basis rationale createdBy }\n      } } } }": types.TraceabilityLinkedActionsOf54Document,
    "query TraceabilityActionPages($after: String) { subOutcome(plan: \"2022-26\", code: \"9.3\") {\n      supportingActions(first: 5, after: $after) { totalCount edges { node { code } } pageInfo { hasNextPage hasPreviousPage endCursor } } } }": types.TraceabilityActionPagesDocument,
    "query TraceabilityCoverage { plan(period: \"2022-26\") { coverage {\n      completeness shares { type count unlisted of share }\n      outcomes { outcome { code } completeness hasNoSubOutcomes subOutcomes { subOutcome { code } has unlisted } }\n    } } }": types.TraceabilityCoverageDocument,
    "query TraceabilityGapsOfActions { plan(period: \"2022-26\") { coverage { gaps(lacking: [ACTION]) { subOutcome { code } lacks } actionsSupportingNothing { code } } } }": types.TraceabilityGapsOfActionsDocument,
    "query TraceabilityLineageOf9 { outcome(plan: \"2022-26\", code: \"9\") { lineage(direction: BACKWARD) {\n      kind basis from { __typename ... on Outcome { code } ... on Theme { code } } to { __typename ... on Outcome { code } }\n    } } }": types.TraceabilityLineageOf9Document,
    "query TraceabilityLineageOf71 { subOutcome(plan: \"2022-26\", code: \"7.1\") { lineage {\n      direction kind basis rationale from { ... on SubOutcome { code name } }\n    } } }": types.TraceabilityLineageOf71Document,
    "query TraceabilityLineageOf51 { subOutcome(plan: \"2022-26\", code: \"5.1\") { lineage(direction: BACKWARD) { kind from { __typename ... on StrategicPlan { period } } } } }": types.TraceabilityLineageOf51Document,
    "query TraceabilityRelatedDocuments { plan(period: \"2022-26\") { relatedDocuments(kinds: [UNDERPINNED_BY, COMPLEMENTED_BY]) {\n      kind direction other { title kind } citation { source { key } at }\n    } } }": types.TraceabilityRelatedDocumentsDocument,
    "query TraceabilityPartnerStrategies { documents(kinds: [PARTNER_STRATEGY]) { key title relations(kinds: [CONTRIBUTES_TO]) { direction other { key } } } }": types.TraceabilityPartnerStrategiesDocument,
    "query TraceabilitySearchAirQuality { search(text: \"air quality\", first: 3) { totalCount edges {\n      matchedField node { __typename ... on Action { code } } trail { __typename ... on StrategicPlan { period } ... on Outcome { code } ... on SubOutcome { code } ... on Aim { code } }\n    } } }": types.TraceabilitySearchAirQualityDocument,
    "query TraceabilitySearchDementia { search(text: \"dementia\") { totalCount edges { node { __typename\n      ... on Action { code } ... on Document { title } ... on BusinessPlanCommitment { code illustrative } } } } }": types.TraceabilitySearchDementiaDocument,
    "query TraceabilitySearchAlias { search(text: \"environmentallyfriendly\") { edges { matchedField matchedText node { ... on SubOutcome { code } } } } }": types.TraceabilitySearchAliasDocument,
    "query TraceabilityPathsToOutcome9($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxDepth: 4) {\n      length steps { forward link { kind citation { at } } from { __typename } to { __typename } }\n    } }": types.TraceabilityPathsToOutcome9Document,
    "query TraceabilityLineagePaths($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxDepth: 2) { length steps { link { kind } } } }": types.TraceabilityLineagePathsDocument,
    "query TraceabilityOtherWordings { plan(period: \"2022-26\") { otherWordings { canonical item { ... on SubOutcome { code } } alias { text kind citation { source { key } at } } } } }": types.TraceabilityOtherWordingsDocument,
    "query TraceabilityTimeline201822 { plan(period: \"2018-22\") { decisions { date month kind body { name } citation { source { key } } } } }": types.TraceabilityTimeline201822Document,
    "query TraceabilityDecisions202226 { plan(period: \"2022-26\") { decisions { date month kind body { name } } } }": types.TraceabilityDecisions202226Document,
    "query TraceabilityMonitoring { plan(period: \"2022-26\") { outcomes { code monitoredBy { board { name } citation { source { key } } } } } }": types.TraceabilityMonitoringDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BusinessPlansOfPublicHealth { organisation(key: \"public-health-department\") {\n      name illustrative\n      businessPlans { title period kind illustrative commitments { code illustrative delivers {\n        __typename ... on Action { code subOutcome { code outcome { code name } } }\n      } } }\n    } }"): typeof import('./graphql.js').BusinessPlansOfPublicHealthDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BusinessPlansBehind93 { subOutcome(plan: \"2022-26\", code: \"9.3\") { businessPlanCommitments { code illustrative department { name } } } }"): typeof import('./graphql.js').BusinessPlansBehind93Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BusinessPlansCoverage { plan(period: \"2022-26\") { businessPlanCoverage { subOutcome { code } commitments { code } departments { key } } } }"): typeof import('./graphql.js').BusinessPlansCoverageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BusinessPlansShare { plan(period: \"2022-26\") { coverage { shares { type count of } } } }"): typeof import('./graphql.js').BusinessPlansShareDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CoverageUnlisted { plan(period: \"2022-26\") { coverage {\n  completeness unlisted shares { type count unlisted of share }\n  outcomes { outcome { code } unlisted subOutcomes { subOutcome { code } has unlisted lacks } }\n  gaps(lacking: [AIM]) { subOutcome { code } }\n} } }"): typeof import('./graphql.js').CoverageUnlistedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CoverageUnlistedOf61 { subOutcome(plan: \"2022-26\", code: \"6.1\") { unlistedSupport { kinds citation { source { key } at quote line } } } }"): typeof import('./graphql.js').CoverageUnlistedOf61Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CoverageUnlistedOf5 { outcome(plan: \"2022-26\", code: \"5\") { unlistedSupport { kinds citation { at quote } } } }"): typeof import('./graphql.js').CoverageUnlistedOf5Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CoverageUnlisted201418 { plan(period: \"2014-18\") { coverage { unlisted completeness outcomes { outcome { code } } } unlistedSupport { citation { at } } } }"): typeof import('./graphql.js').CoverageUnlisted201418Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment FinanceYearly on YearlyMoney { years { year amount { pence } } total { pence pounds formatted } }"): typeof import('./graphql.js').FinanceYearlyFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FinanceReconciles { savings(edition: \"mtfs-2017-21\") {\n      years illustrative total { ...FinanceYearly } unapportioned { ...FinanceYearly }\n      byOutcome { outcome { code } amount { ...FinanceYearly } direct { ...FinanceYearly } subOutcomes { subOutcome { code } amount { ...FinanceYearly } } }\n      lines { amounts { ...FinanceYearly } }\n    } }"): typeof import('./graphql.js').FinanceReconcilesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FinanceSplitsCR5 { savingsLine(edition: \"mtfs-2017-21\", reference: \"CR5\") {\n      amounts { ...FinanceYearly } unapportionedPercent unapportioned { ...FinanceYearly }\n      apportionments { target { ... on Outcome { code } } sharePercent amount { ...FinanceYearly } }\n    } }"): typeof import('./graphql.js').FinanceSplitsCr5Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FinanceProgress { savings(edition: \"mtfs-2017-21\") {\n      progress { target { amount { pence } citation { source { key } quote } } includedCostPressures { amount { pence } citation { quote } }\n                 identified { pence } delivered { pence } onTrack { pence } atRisk { pence } notStarted { pence } unachievable { pence }\n                 achievable { pence } gapToTarget { pence } illustrative }\n      byStatus { status lines amount { total { pence } } }\n      costPressures { reference illustrative amounts { total { pence } } }\n    } }"): typeof import('./graphql.js').FinanceProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FinanceByDepartment { savings(edition: \"mtfs-2017-21\") { total { total { pence } }\n      byDepartment { department { key name } lines amount { total { pence } } byStatus { amount { total { pence } } } } } }"): typeof import('./graphql.js').FinanceByDepartmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FinanceUnmapped { savings(edition: \"mtfs-2017-21\") {\n      unmappedLines { reference mapped unapportionedPercent amounts { total { pence } } unapportioned { total { pence } } }\n      lines(mapped: false) { reference }\n    } }"): typeof import('./graphql.js').FinanceUnmappedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FinanceImpactOfAC3 { savingsImpact(lines: [\"mtfs-2017-21/AC3\"]) {\n      total { total { pence } }\n      items { item { __typename ... on Outcome { code } ... on SubOutcome { code } }\n              reach { relation through { sharePercent target { __typename ... on Outcome { code } ... on SubOutcome { code } } } }\n              apportioned { total { pence } } }\n    } }"): typeof import('./graphql.js').FinanceImpactOfAc3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FinanceImportPH9($c: String!) { importFile(kind: \"savings-lines\", format: CSV, content: $c, source: \"impact-test.csv\", edition: \"mtfs-2021\") { added } }"): typeof import('./graphql.js').FinanceImportPh9Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FinanceImpactOfPH9 { savingsImpact(lines: [\"mtfs-2021/PH9\"]) { total { total { pence } }\n      items { item { __typename ... on Aim { code } ... on Action { code } ... on SubOutcome { code } ... on Outcome { code } } reach { relation } apportioned { total { pence } } } } }"): typeof import('./graphql.js').FinanceImpactOfPh9Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FinanceSavingsOfWO { outcome(plan: \"2018-22\", code: \"WO\") {\n      savings(edition: \"mtfs-2017-21\") { illustrative apportioned { total { pence } } lines { line { reference } through { sharePercent } apportioned { total { pence } } } csv }\n    } savings(edition: \"mtfs-2017-21\") { byOutcome(plan: \"2018-22\") { outcome { code } amount { total { pence } } } } }"): typeof import('./graphql.js').FinanceSavingsOfWoDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FinanceOutcomesCsv { savings(edition: \"mtfs-2017-21\") { csv(view: BY_OUTCOME) } }"): typeof import('./graphql.js').FinanceOutcomesCsvDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FinanceOutcomesCsvDownload { savings(edition: \"mtfs-2017-21\") { csv(view: BY_OUTCOME) } }"): typeof import('./graphql.js').FinanceOutcomesCsvDownloadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IllustrativeCoverage($include: Boolean!) { plan(period: \"2022-26\") { coverage(includeIllustrative: $include) {\n    completeness illustrativeCompleteness withoutIllustrative shares { type count unlisted illustrative share illustrativeShare }\n    outcomes { subOutcomes { subOutcome { code } has illustrative } } } } }"): typeof import('./graphql.js').IllustrativeCoverageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IllustrativeMatrix { plan(period: \"2022-26\") {\n      all: alignmentMatrix { links illustrativeLinks illustrative rows { links illustrativeLinks cells { links illustrativeLinks } } }\n      own: alignmentMatrix(includeIllustrative: false) { links illustrativeLinks illustrative withoutIllustrative strategies { key } }\n    } }"): typeof import('./graphql.js').IllustrativeMatrixDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IllustrativeSharedGround { plan(period: \"2022-26\") {\n      all: sharedGround(minStrategies: 1) { item { id } strategies { key } alignments { illustrative } illustrativeAlignments illustrativeStrategies illustrative }\n      own: sharedGround(minStrategies: 1, includeIllustrative: false) { item { id } }\n    } }"): typeof import('./graphql.js').IllustrativeSharedGroundDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IllustrativeSavings {\n      all: savings(edition: \"mtfs-2017-21\") { illustrativeLines lines { key } total { total { pence } illustrativePart { pence } years { amount { pence } illustrativePart { pence } } }\n        byOutcome(plan: \"2018-22\") { amount { total { pence } illustrativePart { pence } } }\n        byDepartment { amount { total { pence } illustrativePart { pence } } }\n        progress { identified { pence } illustrativeIdentified { pence } target { amount { pence } } } }\n      own: savings(edition: \"mtfs-2017-21\", includeIllustrative: false) { withoutIllustrative illustrativeLines lines { key } total { total { pence } illustrativePart { pence } }\n        progress { identified { pence } target { amount { pence } } } }\n    }"): typeof import('./graphql.js').IllustrativeSavingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IllustrativeSavingsOfWO { outcome(plan: \"2018-22\", code: \"WO\") {\n      all: savings { lines { line { key } } apportioned { total { pence } illustrativePart { pence } } }\n      own: savings(includeIllustrative: false) { lines { line { key } } } } }"): typeof import('./graphql.js').IllustrativeSavingsOfWoDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IllustrativeImport($kind: String!, $format: ImportFormat!, $content: String!, $source: String!, $edition: String) {\n  importFile(kind: $kind, format: $format, content: $content, source: $source, edition: $edition) { added }\n}"): typeof import('./graphql.js').IllustrativeImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IllustrativeExamplesLoaded($link: ID!) {\n      links: subOutcome(plan: \"2022-26\", code: \"8.2\") { supportingActions { edges { how link { basis illustrative } } } }\n      priority: node(id: $link) { ... on SubOutcome { code } }\n      jhws: document(key: \"jhws\") { priorities { code illustrative } }\n      plan: document(key: \"business-plan-2023-24-environment-and-transport\") { illustrative commitments { code illustrative } }\n      line: savingsLine(edition: \"mtfs-2021\", reference: \"PH21\") { illustrative }\n      example: plan(period: \"example-2026-30\") { outcomes { subOutcomes { aims { actions { code illustrative } } } } }\n    }"): typeof import('./graphql.js').IllustrativeExamplesLoadedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IllustrativeExampleCoverage($include: Boolean!) { plan(period: \"2022-26\") { coverage(includeIllustrative: $include) {\n      shares { type count illustrative } outcomes { subOutcomes { subOutcome { code } has illustrative lacks } } } } }"): typeof import('./graphql.js').IllustrativeExampleCoverageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment LineageAnswerStep on LineageStep { kind basis confidence distance partOnly rationale direction\n  from { __typename ... on Outcome { code } ... on SubOutcome { code } ... on Theme { code } ... on StrategicPlan { period } }\n  to { __typename ... on Outcome { code } ... on SubOutcome { code } ... on StrategicPlan { period } } }"): typeof import('./graphql.js').LineageAnswerStepFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LineageAnswersOf5 { outcome(plan: \"2022-26\", code: \"5\") { lineage(direction: BACKWARD) { ...LineageAnswerStep } } }"): typeof import('./graphql.js').LineageAnswersOf5Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LineageAnswersOfWO { outcome(plan: \"2018-22\", code: \"WO\") { lineage(direction: BACKWARD) { ...LineageAnswerStep } } }"): typeof import('./graphql.js').LineageAnswersOfWoDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LineageAnswersOf7 { outcome(plan: \"2022-26\", code: \"7\") { lineage(direction: BACKWARD) { ...LineageAnswerStep } } }"): typeof import('./graphql.js').LineageAnswersOf7Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LineageAnswersDoubted {\n      kps2: subOutcome(plan: \"2018-22\", code: \"KPS.2\") { lineage(direction: FORWARD) { ...LineageAnswerStep } }\n      aqh: outcome(plan: \"2018-22\", code: \"AQH\") { lineage(direction: BACKWARD) { ...LineageAnswerStep } }\n      kps: outcome(plan: \"2018-22\", code: \"KPS\") { lineage(direction: BACKWARD) { ...LineageAnswerStep } }\n    }"): typeof import('./graphql.js').LineageAnswersDoubtedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LineageAnswersOfSE { outcome(plan: \"2018-22\", code: \"SE\") { lineage(direction: BACKWARD) { kind basis from { ... on Outcome { code } } citation { source { key } at quote } } } }"): typeof import('./graphql.js').LineageAnswersOfSeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LineageAnswersSuccessions { plan(period: \"2018-22\") { relatedDocuments(kinds: [SUCCEEDED_BY]) { direction basis rationale other { key } } } }"): typeof import('./graphql.js').LineageAnswersSuccessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment MeasuresMeasure on Measure { key kind name unit citation { source { key } at quote }\n  assesses { item { __typename ... on Aim { code } ... on SubOutcome { code } ... on StrategicPlan { period } } link { basis confidence rationale citation { at quote } } } }"): typeof import('./graphql.js').MeasuresMeasureFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MeasuresGld { search(text: \"good level of development\") { edges { matchedField node { __typename ...MeasuresMeasure } citation { quote } } } }"): typeof import('./graphql.js').MeasuresGldDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MeasuresByWording {\n      advice: search(text: \"find it easy to access information and advice\") { edges { node { __typename ... on Measure { key judges { ... on Aim { code } } } } } }\n      weight: search(text: \"healthy weight\") { edges { node { __typename ... on Measure { key } } } }\n      alias: search(text: \"foundation stage\") { edges { matchedField node { __typename ... on Measure { key } } } }\n    }"): typeof import('./graphql.js').MeasuresByWordingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MeasuresOfItems($aim: ID!) {\n      aim: node(id: $aim) { __typename ... on Aim { measures { key } } }\n      wo3: subOutcome(plan: \"2018-22\", code: \"WO.3\") { measures { key } }\n      p14: plan(period: \"2014-18\") { measures { key kind citation { at } } }\n      p18: plan(period: \"2018-22\") { measures { key kind } }\n      sets: measures(kind: INDICATOR_SET) { key }\n      all: measures { key }\n    }"): typeof import('./graphql.js').MeasuresOfItemsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MeasuresCited { measures { key citation { quote } assesses { link { basis citation { quote } } } } }"): typeof import('./graphql.js').MeasuresCitedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MeasuresCoverage { plan(period: \"2022-26\") { coverage { shares { type count } outcomes { subOutcomes { subOutcome { code } has } } } } }"): typeof import('./graphql.js').MeasuresCoverageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NeighboursOfOne($id: ID!, $kinds: [String!], $first: Int) {\n  neighbours(id: $id, kinds: $kinds, first: $first) {\n    forward item { __typename id } link { kind basis rationale citation { source { key } at quote } }\n  }\n}"): typeof import('./graphql.js').NeighboursOfOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NeighboursOutcome9 { outcome(plan: \"2022-26\", code: \"9\") { id plan { id } subOutcomes { id } lineage(direction: BACKWARD) { kind from { id } to { id } } } }"): typeof import('./graphql.js').NeighboursOutcome9Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NeighboursPlan { plan(period: \"2022-26\") { id outcomes { id subOutcomes { id } } } }"): typeof import('./graphql.js').NeighboursPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NeighboursOfMany($ids: [ID!]!) { neighbourhoods(ids: $ids) {\n      of neighbours { forward item { __typename id } link { kind basis rationale citation { source { key } at quote } } } } }"): typeof import('./graphql.js').NeighboursOfManyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NeighboursIdsOnly($ids: [ID!]!) { neighbourhoods(ids: $ids) { of neighbours { item { id } link { kind } } } }"): typeof import('./graphql.js').NeighboursIdsOnlyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NeighboursTooMany($ids: [ID!]!) { neighbourhoods(ids: $ids) { of } }"): typeof import('./graphql.js').NeighboursTooManyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PartnersMatrix { plan(period: \"2022-26\") { alignmentMatrix {\n      illustrative strategies { key } rows { outcome { code } links cells { strategy { key } links primary contributory illustrative } }\n    } } }"): typeof import('./graphql.js').PartnersMatrixDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PartnersMatrixCell { plan(period: \"2022-26\") { alignmentMatrix { rows { outcome { code } cells { strategy { key } alignments {\n      priority { code name illustrative } target { ... on SubOutcome { code } } strength rationale illustrative\n    } } } } } }"): typeof import('./graphql.js').PartnersMatrixCellDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PartnersJhws { document(key: \"jhws\") {\n      title owner { name illustrative } ownerIsIllustrative\n      priorities { code name illustrative subPriorities { code } alignsWith { target { ... on SubOutcome { code } } strength } }\n      unalignedPriorities { code name parent { code } illustrative }\n    } }"): typeof import('./graphql.js').PartnersJhwsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PartnersSharedByThree { plan(period: \"2022-26\") { sharedGround(minStrategies: 3) {\n      item { ... on SubOutcome { code name } } strategies { key } partnerships { name illustrative } illustrative\n    } } }"): typeof import('./graphql.js').PartnersSharedByThreeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PartnersSharedByTwo { plan(period: \"2022-26\") { sharedGround { item { __typename ... on SubOutcome { code } } strategies { key } } } }"): typeof import('./graphql.js').PartnersSharedByTwoDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PartnersCoverage { plan(period: \"2022-26\") { coverage { shares { type count of } } } }"): typeof import('./graphql.js').PartnersCoverageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProgressMeasureRatings {\n      hw: measure(key: \"measure/HEALTHY-WEIGHT\") { direction tolerance baseline { value period { label } }\n        targets { period { label } target illustrative }\n        values { period { label kind start end } value target rag illustrative source }\n        rag(period: \"2023/24 Q2\") trend(period: \"2023/24 Q2\") { trend change values { period { label } value } } }\n      neet: measure(key: \"measure/NEET\") { direction values { period { label } value target rag } trend(period: \"2023/24 Q2\", periods: 2) { trend change } }\n      gld: measure(key: \"measure/GLD\") { rag(period: \"2023/24 Q2\") }\n      mw: measure(key: \"measure/MENTAL-WELLBEING\") { rag(period: \"2023/24 Q2\") }\n      bg: measure(key: \"measure/BACKGROUNDS-GET-ON-WELL\") { rag(period: \"2023/24 Q2\") values { target rag } }\n      none: measure(key: \"measure/CARE-EXPERIENCE\") { direction tolerance rag(period: \"2023/24 Q2\") values { value } trend(period: \"2023/24 Q2\") { trend } }\n    }"): typeof import('./graphql.js').ProgressMeasureRatingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProgressStaleActions { plan(period: \"2022-26\") { staleActions(period: \"2023/24 Q2\") { action { code } owner { key } lastUpdate { period { label } status recordedBy } } } }"): typeof import('./graphql.js').ProgressStaleActionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProgressActionUpdates($id: ID!) { node(id: $id) { __typename ... on Action {\n      updates { period { label } status commentary revisedDate recordedAt recordedBy illustrative action { code } }\n      q1: latestUpdate(period: \"2023/24 Q1\") { status } q2: latestUpdate(period: \"2023/24 Q2\") { status } before: latestUpdate(period: \"2022/23 Q4\") { status }\n      latestUpdate { status } } } }"): typeof import('./graphql.js').ProgressActionUpdatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ProgressRollUpFields on ProgressRollUp {\n    item { __typename ... on Outcome { code } ... on SubOutcome { code } ... on Aim { code } ... on StrategicPlan { period } }\n    period { label } asOf illustrative actionsNeverUpdated\n    actionsByStatus { status count previousCount } measuresByRag { rag count previousCount } savingsLinesByStatus { status count }\n    changes { item { __typename ... on Action { code } ... on Measure { code } } before after tracesTo illustrative }\n  }"): typeof import('./graphql.js').ProgressRollUpFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProgressRollUpOf93 { subOutcome(plan: \"2022-26\", code: \"9.3\") { progress(period: \"2023/24 Q2\") { ...ProgressRollUpFields }\n      aims { code measures { code rag(period: \"2023/24 Q2\") pre: rag(period: \"2023/24 Q1\") } actions { code latestUpdate(period: \"2023/24 Q2\") { status } pre: latestUpdate(period: \"2023/24 Q1\") { status } } } } }"): typeof import('./graphql.js').ProgressRollUpOf93Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProgressRollUpOfPlan { plan(period: \"2022-26\") { progress(period: \"2023/24 Q2\") { ...ProgressRollUpFields }\n      outcomes { code progress(period: \"2023/24 Q2\") { ...ProgressRollUpFields } subOutcomes { code progress(period: \"2023/24 Q2\") { actionsByStatus { status count } measuresByRag { rag count } } } } } }"): typeof import('./graphql.js').ProgressRollUpOfPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProgressAsOf { measure(key: \"measure/HEALTHY-WEIGHT\") { values(asOf: \"2023-08-01\") { period { label } } rag(period: \"2023/24 Q2\", asOf: \"2023-08-01\") } }"): typeof import('./graphql.js').ProgressAsOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProgressBoardReport { outcomeBoardReport(board: \"outcome-boards\", period: \"2023/24 Q2\") {\n    board { key } period { label } illustrative basis { source { key } at quote }\n    achievements { ...ProgressReportStatement } challenges { ...ProgressReportStatement } priorities { ...ProgressReportStatement }\n    outcomes { outcome { code } rollUp { actionsByStatus { status count } }\n      measures { measure { code } value { value target period { label } } rag trend illustrative }\n      offTrackActions { id status commentary revisedDate action { code } }\n      coverageGaps { code }\n      savingsAtRisk { line { reference } status reaches { ... on SubOutcome { code } } fallingMeasures { code } illustrative } } } }\n  fragment ProgressReportStatement on ReportStatement { text outcome { code } illustrative\n    tracesTo { kind update { id status commentary action { code } } value { id value target rag measure { code name } } savingsLine { reference status } citation { source { key } quote } } }"): typeof import('./graphql.js').ProgressBoardReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SavingsImportFile($content: String!, $source: String!, $dryRun: Boolean, $edition: String) {\n  importFile(kind: \"savings-lines\", format: CSV, content: $content, source: $source, dryRun: $dryRun, edition: $edition) {\n    applied added changed unchanged retired changes { change key line before after } } }"): typeof import('./graphql.js').SavingsImportFileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment SavingsImportLine on SavingsLine { reference status amounts { years { year amount { pence } } total { pence } } apportionments { sharePercent } version }"): typeof import('./graphql.js').SavingsImportLineFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SavingsImportLines { savings(edition: \"mtfs-2017-21\") { total { total { pence } } lines { ...SavingsImportLine } } }"): typeof import('./graphql.js').SavingsImportLinesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SavingsImportExport { savings(edition: \"mtfs-2017-21\") { csv(view: LINES) } }"): typeof import('./graphql.js').SavingsImportExportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SavingsImportPH21 { savingsLine(edition: \"mtfs-2021\", reference: \"PH21\") { reference } }"): typeof import('./graphql.js').SavingsImportPh21Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SavingsImportSample { ph: savingsLine(edition: \"mtfs-2021\", reference: \"PH21\") { ...SavingsImportLine }\n      cf: savingsLine(edition: \"mtfs-2021\", reference: \"CF21\") { ...SavingsImportLine } cr: savingsLine(edition: \"mtfs-2021\", reference: \"CR21\") { ...SavingsImportLine }\n      ac: savingsLine(edition: \"mtfs-2021\", reference: \"AC21\") { status illustrative department { key } apportionments { sharePercent target { __typename ... on Outcome { code } ... on SubOutcome { code } } } } }"): typeof import('./graphql.js').SavingsImportSampleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SavingsImportRetired { savings(edition: \"mtfs-2017-21\") { lines { reference } } ce2: savingsLine(edition: \"mtfs-2017-21\", reference: \"CE2\") { reference } }"): typeof import('./graphql.js').SavingsImportRetiredDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SavingsImportApportion($line: ID!, $shares: [SavingsShareInput!]!, $v: Int!) { apportionSavingsLine(line: $line, shares: $shares, expectedVersion: $v) {\n    version unapportionedPercent apportionments { sharePercent target { ... on SubOutcome { code } ... on Outcome { code } } } } }"): typeof import('./graphql.js').SavingsImportApportionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SavingsImportCR1 { savingsLine(edition: \"mtfs-2017-21\", reference: \"CR1\") { id version mapped } }"): typeof import('./graphql.js').SavingsImportCr1Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TraceabilityActionsOf93 { subOutcome(plan: \"2022-26\", code: \"9.3\") {\n      supportingActions(first: 100) { totalCount edges { how aim { code } node { code text } citation { source { key } at quote line } } }\n    } }"): typeof import('./graphql.js').TraceabilityActionsOf93Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TraceabilityActionsOf9 { outcome(plan: \"2022-26\", code: \"9\") { supportingActions(first: 0) { totalCount } } }"): typeof import('./graphql.js').TraceabilityActionsOf9Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TraceabilityActionsOf54 { subOutcome(plan: \"2022-26\", code: \"5.4\") { supportingActions { edges { how aim { code } node { text summarised } } } } }"): typeof import('./graphql.js').TraceabilityActionsOf54Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TraceabilityLinkedActionsOf54 { subOutcome(plan: \"2022-26\", code: \"5.4\") { supportingActions { totalCount edges {\n        how subOutcome { code } node { code owner { name } subOutcome { code } } link { kind basis rationale createdBy }\n      } } } }"): typeof import('./graphql.js').TraceabilityLinkedActionsOf54Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TraceabilityActionPages($after: String) { subOutcome(plan: \"2022-26\", code: \"9.3\") {\n      supportingActions(first: 5, after: $after) { totalCount edges { node { code } } pageInfo { hasNextPage hasPreviousPage endCursor } } } }"): typeof import('./graphql.js').TraceabilityActionPagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TraceabilityCoverage { plan(period: \"2022-26\") { coverage {\n      completeness shares { type count unlisted of share }\n      outcomes { outcome { code } completeness hasNoSubOutcomes subOutcomes { subOutcome { code } has unlisted } }\n    } } }"): typeof import('./graphql.js').TraceabilityCoverageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TraceabilityGapsOfActions { plan(period: \"2022-26\") { coverage { gaps(lacking: [ACTION]) { subOutcome { code } lacks } actionsSupportingNothing { code } } } }"): typeof import('./graphql.js').TraceabilityGapsOfActionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TraceabilityLineageOf9 { outcome(plan: \"2022-26\", code: \"9\") { lineage(direction: BACKWARD) {\n      kind basis from { __typename ... on Outcome { code } ... on Theme { code } } to { __typename ... on Outcome { code } }\n    } } }"): typeof import('./graphql.js').TraceabilityLineageOf9Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TraceabilityLineageOf71 { subOutcome(plan: \"2022-26\", code: \"7.1\") { lineage {\n      direction kind basis rationale from { ... on SubOutcome { code name } }\n    } } }"): typeof import('./graphql.js').TraceabilityLineageOf71Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TraceabilityLineageOf51 { subOutcome(plan: \"2022-26\", code: \"5.1\") { lineage(direction: BACKWARD) { kind from { __typename ... on StrategicPlan { period } } } } }"): typeof import('./graphql.js').TraceabilityLineageOf51Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TraceabilityRelatedDocuments { plan(period: \"2022-26\") { relatedDocuments(kinds: [UNDERPINNED_BY, COMPLEMENTED_BY]) {\n      kind direction other { title kind } citation { source { key } at }\n    } } }"): typeof import('./graphql.js').TraceabilityRelatedDocumentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TraceabilityPartnerStrategies { documents(kinds: [PARTNER_STRATEGY]) { key title relations(kinds: [CONTRIBUTES_TO]) { direction other { key } } } }"): typeof import('./graphql.js').TraceabilityPartnerStrategiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TraceabilitySearchAirQuality { search(text: \"air quality\", first: 3) { totalCount edges {\n      matchedField node { __typename ... on Action { code } } trail { __typename ... on StrategicPlan { period } ... on Outcome { code } ... on SubOutcome { code } ... on Aim { code } }\n    } } }"): typeof import('./graphql.js').TraceabilitySearchAirQualityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TraceabilitySearchDementia { search(text: \"dementia\") { totalCount edges { node { __typename\n      ... on Action { code } ... on Document { title } ... on BusinessPlanCommitment { code illustrative } } } } }"): typeof import('./graphql.js').TraceabilitySearchDementiaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TraceabilitySearchAlias { search(text: \"environmentallyfriendly\") { edges { matchedField matchedText node { ... on SubOutcome { code } } } } }"): typeof import('./graphql.js').TraceabilitySearchAliasDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TraceabilityPathsToOutcome9($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxDepth: 4) {\n      length steps { forward link { kind citation { at } } from { __typename } to { __typename } }\n    } }"): typeof import('./graphql.js').TraceabilityPathsToOutcome9Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TraceabilityLineagePaths($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxDepth: 2) { length steps { link { kind } } } }"): typeof import('./graphql.js').TraceabilityLineagePathsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TraceabilityOtherWordings { plan(period: \"2022-26\") { otherWordings { canonical item { ... on SubOutcome { code } } alias { text kind citation { source { key } at } } } } }"): typeof import('./graphql.js').TraceabilityOtherWordingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TraceabilityTimeline201822 { plan(period: \"2018-22\") { decisions { date month kind body { name } citation { source { key } } } } }"): typeof import('./graphql.js').TraceabilityTimeline201822Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TraceabilityDecisions202226 { plan(period: \"2022-26\") { decisions { date month kind body { name } } } }"): typeof import('./graphql.js').TraceabilityDecisions202226Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TraceabilityMonitoring { plan(period: \"2022-26\") { outcomes { code monitoredBy { board { name } citation { source { key } } } } } }"): typeof import('./graphql.js').TraceabilityMonitoringDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
