import { existsSync, readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { gzipSync } from "node:zlib";

/**
 * Gzipped sizes in bytes: what a ticket of one brand loads, and the whole built app. `onDemand` are the
 * lazy chunks a ticket adds only in some accounts, by name: `layerKit` (a brand with overrides or
 * procedures), `en` (an English-speaking agent); 0 when the build has none.
 */
export type BundleSizes = { ticketLoad: number; ticketFiles: string[]; wholeDist: number; largestLazyChunk: number; onDemand: Record<OnDemandChunk, number> };

const ON_DEMAND = ["layerKit", "en"] as const;
type OnDemandChunk = (typeof ON_DEMAND)[number];

const gzipBytes = (file: string) => gzipSync(readFileSync(file)).length;

/** Files a JS or HTML file loads before anything runs: module scripts, stylesheets, modulepreloads, static imports. */
function staticDeps(source: string): string[] {
  const found = [
    ...source.matchAll(/<script[^>]+src="\.?\/?([^"]+)"/g),
    ...source.matchAll(/<link[^>]+href="\.?\/?([^"]+\.(?:js|css))"/g),
    ...source.matchAll(/\bimport\s*(?:[\w*{}\s,$]+from\s*)?["'`]\.\/([^"'`]+\.js)["'`]/g),
  ];
  return found.map((m) => m[1]!.replace(/^assets\//, ""));
}

/** Chunks imported with `import("./x.js")`: loaded later, on demand (a brand's flow body). */
const lazyDeps = (source: string) => [...source.matchAll(/import\(\s*["'`]\.\/([^"'`]+\.js)["'`]\s*\)/g)].map((m) => m[1]!);

/**
 * Measures `dist/assets`: the JS+CSS a ticket loads is the page's static import graph plus the largest
 * flow chunk it may import lazily (the heaviest brand's flow); the whole dist counts every JS and CSS file.
 */
export function measureBundle(distAssets: string): BundleSizes {
  if (!existsSync(resolve(distAssets, "iframe.html"))) throw new Error(`No built app in ${distAssets}: run \`npm run build\` first.`);
  const seen = new Set<string>();
  const lazy = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !existsSync(resolve(distAssets, file))) return;
    seen.add(file);
    const source = readFileSync(resolve(distAssets, file), "utf8");
    for (const dep of staticDeps(source)) visit(dep);
    for (const dep of lazyDeps(source)) lazy.add(dep);
  };
  visit("iframe.html");
  const ticketFiles = [...seen].filter((f) => /\.(js|css)$/.test(f));
  const lazyOnly = [...lazy].filter((f) => !seen.has(f) && existsSync(resolve(distAssets, f)));
  const isChunkOf = (name: string) => (f: string) => f.startsWith(`${name}-`);
  const onDemandBytes = (name: string) => {
    const file = lazyOnly.find(isChunkOf(name));
    return file ? gzipBytes(resolve(distAssets, file)) : 0;
  };
  const onDemand = Object.fromEntries(ON_DEMAND.map((name) => [name, onDemandBytes(name)])) as Record<OnDemandChunk, number>;
  const flowChunks = lazyOnly.filter((f) => !ON_DEMAND.some((name) => isChunkOf(name)(f)));
  const largestLazyChunk = Math.max(0, ...flowChunks.map((f) => gzipBytes(resolve(distAssets, f))));
  const all = readdirSync(distAssets).filter((f) => /\.(js|css)$/.test(f));
  return {
    ticketLoad: ticketFiles.reduce((sum, f) => sum + gzipBytes(resolve(distAssets, f)), 0) + largestLazyChunk,
    ticketFiles,
    wholeDist: all.reduce((sum, f) => sum + gzipBytes(resolve(distAssets, f)), 0),
    largestLazyChunk,
    onDemand,
  };
}
