import { assertFlowFile, type Flow } from "../schema";
import tbo from "./000-tbo.json";
import prePost from "./001-pre-post.json";
import retencionInternet from "./002-retencion-internet.json";
import lpgRequerimientos from "./003-lpg-requerimientos.json";
import cargoFijoCorporativo from "./004-cargo-fijo-corporativo.json";
import { CATALOG_ORDER } from "./order";

/** Every procedure file by name (without ".json"), as written. */
export const CATALOG_FILES: Record<string, unknown> = {
  "000-tbo": tbo,
  "001-pre-post": prePost,
  "002-retencion-internet": retencionInternet,
  "003-lpg-requerimientos": lpgRequerimientos,
  "004-cargo-fijo-corporativo": cargoFijoCorporativo,
};

/**
 * The catalog parsed and linted synchronously, for Node (tests, scripts, bench). The app never imports it:
 * it picks from FLOW_INDEX and loads bodies with loadFlow() (./index.ts).
 */
export const CATALOG: Flow[] = CATALOG_ORDER.map((name) => assertFlowFile(CATALOG_FILES[name], `${name}.json`));
