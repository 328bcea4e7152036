import { aLongFlowFile, indexAndMatch, storedMacros, validateLongFlow } from "./engineWork";

/**
 * Run in a fresh process by the bench: the first call of each piece of engine work, as the first Apply
 * or the first flow load in a fresh iframe pays it. Prints one JSON line of milliseconds.
 */
const macros = storedMacros();
const flow = aLongFlowFile();
let start = performance.now();
indexAndMatch(macros);
const macroIndexMs = performance.now() - start;
start = performance.now();
validateLongFlow(flow);
const flowValidateMs = performance.now() - start;
console.log(JSON.stringify({ macroIndexMs, flowValidateMs }));
