/** The procedure files in the order agents see the flows when picking one by hand: the primary flow first. */
export const CATALOG_ORDER = ["001-pre-post", "000-tbo", "002-retencion-internet", "003-lpg-requerimientos", "004-cargo-fijo-corporativo"];
