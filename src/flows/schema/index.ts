export * from "./primitives";
export * from "./step";
export * from "./flow";
export { lintFlow, type LintIssue } from "./lintFlow";
