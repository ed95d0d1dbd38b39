/**
 * Which council a look-up is about: the `council` argument when given, otherwise the deployment's default
 * (GT_DEFAULT_COUNCIL). A look-up's statement finds the councils the words name (councilsNamedBy); this
 * turns what it found into the answer's rules: a council the caller named that does not exist, or words
 * that name several councils, are refused naming the argument (or the setting), never guessed.
 */
import { BadUserInputError, ClientError } from '../../shared/errors.js';
import { councilReference, type CouncilReference } from './council-reference.js';

export interface CouncilScope {
  /** GT_DEFAULT_COUNCIL as written: the council a look-up without `council` means. */
  defaultCouncil: string;
}

/** The reference map of an explicit `council` argument, or null when the look-up relies on the default. */
export const explicitCouncil = (council: string | null | undefined): CouncilReference | null =>
  council && council.trim() ? councilReference(council) : null;

/** The Cypher parameter of the default council. */
export const defaultCouncilParam = (scope: CouncilScope): CouncilReference => councilReference(scope.defaultCouncil);

/** An Error (for a DataLoader to hand back in place of an answer) when the councils found do not make one council. */
export function councilProblem(council: string | null | undefined, found: readonly string[], scope: CouncilScope): Error | null {
  const named = council?.trim();
  if (named && found.length === 0) {
    return new BadUserInputError('council', `no council is called "${named}"; give a council's key or name (the \`councils\` query lists them).`);
  }
  if (found.length > 1) {
    if (named) return new BadUserInputError('council', `"${named}" names several councils (${found.join(', ')}); give one council's key.`);
    return new ClientError(`GT_DEFAULT_COUNCIL ("${scope.defaultCouncil}") names several councils (${found.join(', ')}): give a \`council\` argument, or set GT_DEFAULT_COUNCIL to one council's key.`, 'BAD_USER_INPUT', { setting: 'GT_DEFAULT_COUNCIL' });
  }
  return null;
}
