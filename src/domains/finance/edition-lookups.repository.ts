/**
 * MTFS editions and savings lines looked up by the words of a question, per council: an edition by its key
 * (any council's, unless the question names another), or within the council asked (or the default council)
 * by its period in any wording (`2017/18 to 2020/21`, `2017-21`: edition-period.ts), its title or an alias;
 * a line by its edition and reference. Each answer also says which councils the words named, so the loaders
 * refuse an unknown or ambiguous council (council-scope.ts). The edition's statement returns its document and
 * live lines too, which is what every savings view asks next.
 */
import type { Executor } from '../../neo4j/database.js';
import { councilsNamedBy } from '../councils/council-reference.js';
import { defaultCouncilParam, explicitCouncil, type CouncilScope } from '../councils/council-scope.js';
import { documentFromProjection, documentProjection, type DocumentProjection } from '../documents/documents.records.js';
import type { DocumentModel } from '../documents/documents.models.js';
import { lookupForm } from '../../shared/lookup-form.js';
import type { Found } from '../councils/scoped-loader.js';
import { editionPeriodOf } from './edition-period.js';
import type { SavingsLineModel } from './finance.models.js';
import { byReference, LINE_RETURN, toSavingsLine, type LineRow } from './finance.repository.js';

export interface EditionReference {
  council: string | null;
  edition: string;
}

export interface LineReference extends EditionReference {
  reference: string;
}

const editionParams = (r: EditionReference) => {
  const text = r.edition.trim();
  return { council: explicitCouncil(r.council), text, period: editionPeriodOf(text) ?? text, name: lookupForm(text) };
};

/** Cypher: for each `ref` (with `ref.edition` from editionParams), `councils` and `e`, the edition. */
const EDITION_OF_REF = `
     WITH ref, ${councilsNamedBy('coalesce(ref.edition.council, $defaultCouncil)')} AS councils
     OPTIONAL CALL (ref, councils) {
       CALL (ref, councils) {
         MATCH (e:Document {key: ref.edition.text})
         WHERE ref.edition.council IS NULL OR EXISTS { MATCH (e)-[:OWNED_BY]->(o:Organisation) WHERE o.key IN councils }
         RETURN e, 0 AS rank
         UNION
         MATCH (c:Organisation)<-[:OWNED_BY]-(e:Document) WHERE c.key IN councils AND size(councils) = 1
           AND e.kind = 'FINANCIAL_STRATEGY' AND e.retiredAt IS NULL
           AND (e.period = ref.edition.period OR toLower(e.title) = ref.edition.name
                OR EXISTS { MATCH (alias:Alias)-[:ALIAS_OF]->(e) WHERE toLower(alias.text) = ref.edition.name })
         RETURN e, 1 AS rank
       }
       RETURN e ORDER BY rank, e.key LIMIT 1
     }`;

export type EditionWithLines = { edition: DocumentModel; lines: SavingsLineModel[] };

export async function findEditionsByReference(db: Executor, refs: readonly EditionReference[], scope: CouncilScope): Promise<Found<EditionWithLines>[]> {
  const rows = await db.read<{ index: number; councils: string[]; edition: DocumentProjection | null; lines: LineRow[] }>(
    'finance.editionsByReference',
    `UNWIND $refs AS ref ${EDITION_OF_REF}
     RETURN ref.index AS index, councils, CASE WHEN e IS NULL THEN null ELSE ${documentProjection('e')} END AS edition,
            COLLECT { MATCH (e)-[:HAS_SAVINGS_LINE]->(l:SavingsLine) WHERE l.retiredAt IS NULL
                      WITH ${LINE_RETURN} RETURN {editionKey: editionKey, l: l, departmentKey: departmentKey, shares: shares} } AS lines`,
    { refs: refs.map((r, index) => ({ index, edition: editionParams(r) })), defaultCouncil: defaultCouncilParam(scope) },
  );
  return rows.map((r) => ({
    index: r.index, councils: r.councils,
    item: r.edition ? { edition: documentFromProjection(r.edition), lines: r.lines.map((l) => toSavingsLine(l.editionKey, l.departmentKey, l.l, l.shares)).sort(byReference) } : null,
  }));
}

export async function findSavingsLinesByReference(db: Executor, refs: readonly LineReference[], scope: CouncilScope): Promise<Found<SavingsLineModel>[]> {
  const rows = await db.read<{ index: number; councils: string[]; line: LineRow | null }>(
    'finance.linesByReference',
    `UNWIND $refs AS ref ${EDITION_OF_REF}
     OPTIONAL CALL (ref, e) {
       MATCH (e)-[:HAS_SAVINGS_LINE]->(l:SavingsLine) WHERE toLower(l.reference) = ref.reference
       WITH ${LINE_RETURN}
       RETURN {editionKey: editionKey, l: l, departmentKey: departmentKey, shares: shares} AS line
       LIMIT 1
     }
     RETURN ref.index AS index, councils, line`,
    { refs: refs.map((r, index) => ({ index, edition: editionParams(r), reference: r.reference.trim().toLowerCase() })), defaultCouncil: defaultCouncilParam(scope) },
  );
  return rows.map((r) => ({ index: r.index, councils: r.councils, item: r.line ? toSavingsLine(r.line.editionKey, r.line.departmentKey, r.line.l, r.line.shares) : null }));
}
