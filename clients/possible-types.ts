
      export type PossibleTypesResultData = {
  "possibleTypes": {
    "Node": [
      "Action",
      "Aim",
      "ApiToken",
      "AuditEvent",
      "BusinessPlanCommitment",
      "Document",
      "Link",
      "Measure",
      "Organisation",
      "Outcome",
      "PartnerPriority",
      "SavingsLine",
      "SourceDocument",
      "Statement",
      "StrategicPlan",
      "SubOutcome",
      "SubTheme",
      "Theme"
    ]
  }
};
      const result: PossibleTypesResultData = {
  "possibleTypes": {
    "Node": [
      "Action",
      "Aim",
      "ApiToken",
      "AuditEvent",
      "BusinessPlanCommitment",
      "Document",
      "Link",
      "Measure",
      "Organisation",
      "Outcome",
      "PartnerPriority",
      "SavingsLine",
      "SourceDocument",
      "Statement",
      "StrategicPlan",
      "SubOutcome",
      "SubTheme",
      "Theme"
    ]
  }
};
      export default result;
    