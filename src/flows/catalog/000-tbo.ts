/** Seed 000 (TBO complaints); the flow lives in ./000-tbo/ split by complaint family. */
export { tbo } from "./000-tbo/index";
