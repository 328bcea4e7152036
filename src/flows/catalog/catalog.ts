import { assertFlowFile, type Flow } from "../schema";
import prePost from "./001-pre-post.json";
import tbo from "./000-tbo.json";
import retencionInternet from "./002-retencion-internet.json";
import lpgRequerimientos from "./003-lpg-requerimientos.json";
import cargoFijoCorporativo from "./004-cargo-fijo-corporativo.json";

/** Every procedure file, in the order agents see the flows when picking one by hand. */
export const CATALOG_FILES: Record<string, unknown> = {
  "001-pre-post.json": prePost,
  "000-tbo.json": tbo,
  "002-retencion-internet.json": retencionInternet,
  "003-lpg-requerimientos.json": lpgRequerimientos,
  "004-cargo-fijo-corporativo.json": cargoFijoCorporativo,
};

/** The catalog parsed and linted synchronously, for Node (tests, scripts, bench); the app loads flows one by one. */
export const CATALOG: Flow[] = Object.entries(CATALOG_FILES).map(([name, file]) => assertFlowFile(file, name));
