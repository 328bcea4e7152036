import { aLongFlowFile, aTokenReplyTicket, cpuMs, indexAndMatch, positionFromReply, storedMacros, validateLongFlow } from "./engineWork";

/**
 * Run in a fresh process by the bench: the first call of each piece of engine work, as the first Apply
 * or the first flow load in a fresh iframe pays it. Prints one JSON line of CPU milliseconds. The first
 * argument is the length of the customer's reply the position is read from (default 20 characters).
 */
const macros = storedMacros();
const flow = aLongFlowFile();
const macroIndexMs = cpuMs(() => indexAndMatch(macros));
const flowValidateMs = cpuMs(() => validateLongFlow(flow));
const ticket = aTokenReplyTicket(Number(process.argv[2]) || 20);
const replyMs = cpuMs(() => positionFromReply(ticket));
console.log(JSON.stringify({ macroIndexMs, flowValidateMs, replyMs }));
