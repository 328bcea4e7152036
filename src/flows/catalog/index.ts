import { Flow } from "../schema";
import { tbo } from "./000-tbo";
import { prePost } from "./001-pre-post";
import { retencionInternet } from "./002-retencion-internet";
import { lpgRequerimientos } from "./003-lpg-requerimientos";
import { cargoFijoCorporativo } from "./004-cargo-fijo-corporativo";

/** Every procedure Ruta serves, in the order agents see them when picking a flow by hand. */
export const CATALOG_INPUT = [prePost, tbo, retencionInternet, lpgRequerimientos, cargoFijoCorporativo];

/** The catalog, parsed once; a broken flow is a programmer error caught by the catalog tests. */
export const CATALOG: Flow[] = CATALOG_INPUT.map((input) => Flow.parse(input));
