export * from "./primitives";
export * from "./step";
export * from "./flow";
export * from "./flowFile";
export * from "./sharedRefs";
export * from "./sysHelpBlock";
export { lintFlow, type LintIssue } from "./lintFlow";
export { assertFlowFile } from "./assertFlowFile";
