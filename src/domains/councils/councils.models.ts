/** A council as the resolvers receive it. */
export interface CouncilModel {
  key: string;
  name: string;
  illustrative: boolean;
  /** Whether GT_DEFAULT_COUNCIL names this council. */
  isDefault: boolean;
}
