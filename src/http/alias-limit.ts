/**
 * The alias limit counts distinct aliases: each (alias, field) pair once per operation, however many times a
 * fragment that holds it is spread or a selection repeats it. An alias limit is there to stop one request
 * asking a field again and again under new response keys (`a1: search(…) a2: search(…)`), and each new key is
 * a new pair, counted; a fragment with `label: name` spread over every kind of item adds no new key per
 * spread, and the work of each spread is what the cost limit counts. So a client selecting one fragment on
 * many items is not refused for it, as it was when every spread counted again (GraphQL Armor's rule).
 */
import { Kind, type ASTVisitor, type GraphQLError, type SelectionSetNode, type ValidationContext, type ValidationRule } from 'graphql';

/** The (alias, field) pairs of an operation, through its fragments, each fragment followed once. */
export function distinctAliases(selectionSet: SelectionSetNode, context: Pick<ValidationContext, 'getFragment'>): Set<string> {
  const pairs = new Set<string>();
  const followed = new Set<string>();
  const visit = (set: SelectionSetNode): void => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.alias && selection.name.value !== '__typename') pairs.add(`${selection.alias.value}: ${selection.name.value}`);
        if (selection.selectionSet) visit(selection.selectionSet);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet);
      } else if (!followed.has(selection.name.value)) {
        followed.add(selection.name.value);
        const fragment = context.getFragment(selection.name.value);
        if (fragment) visit(fragment.selectionSet);
      }
    }
  };
  visit(selectionSet);
  return pairs;
}

export function maxDistinctAliasesRule(max: number, refuse: (found: number) => GraphQLError): ValidationRule {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const found = distinctAliases(operation.selectionSet, context).size;
      if (found > max) context.reportError(refuse(found));
    },
  });
}
