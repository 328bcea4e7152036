import { aLongFlowFile, cpuMs, indexAndMatch, storedMacros, validateLongFlow } from "./engineWork";

/**
 * Run in a fresh process by the bench: the first call of each piece of engine work, as the first Apply
 * or the first flow load in a fresh iframe pays it. Prints one JSON line of CPU milliseconds.
 */
const macros = storedMacros();
const flow = aLongFlowFile();
const macroIndexMs = cpuMs(() => indexAndMatch(macros));
const flowValidateMs = cpuMs(() => validateLongFlow(flow));
console.log(JSON.stringify({ macroIndexMs, flowValidateMs }));
