/** What can be wrong in a team lead's settings; each has an `error.settings.<problem>` text in translations/. */
export const SETTINGS_PROBLEMS = [
  "notJson",
  "tooLarge",
  "badType",
  "badValue",
  "unknownKey",
  "notAnId",
  "unknownFlow",
  "unknownStep",
  "unknownOption",
  "duplicateFlow",
  "cannotTurnOff",
  "invalidFlow",
  "unknownBrand",
  "unknownGroup",
  "unknownField",
  "wrongFieldType",
  "unknownMacro",
] as const;
export type SettingsProblem = (typeof SETTINGS_PROBLEMS)[number];

/**
 * One problem in the settings: `key` is the exact path ("brands.tigo-bo.overrides[2].step"),
 * `detail` the offending value or what was expected, for the translated message.
 */
export type SettingsIssue = { key: string; problem: SettingsProblem; detail?: string };
