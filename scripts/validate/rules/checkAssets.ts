import { isPrivate, locationsOf, type Rule } from "../AppContext";
import { error, warning, type Issue } from "../Issue";
import { isRecord } from "../readApp";
import { readPngHeader } from "../readPngHeader";
import { LEGACY_PRODUCTS } from "./checkLocations";

/** The marketplace icons and their exact sizes (Zendesk's "Create app brand assets"). */
export const LOGOS = [
  { path: "assets/logo.png", width: 320, height: 320 },
  { path: "assets/logo-small.png", width: 128, height: 128 },
] as const;

/** assets/banner.png, when shipped, must be this size or twice it. */
export const BANNER = { path: "assets/banner.png", width: 830, height: 200 } as const;

/** Locations whose icon Zendesk takes from assets/icon_<location>.svg. */
const ICON_LOCATIONS: Record<string, readonly string[]> = { support: ["top_bar", "nav_bar", "system_top_bar", "ticket_editor"], sell: ["top_bar"] };

/**
 * Checks the image assets: logo.png 320×320 and logo-small.png 128×128 PNGs (required for public apps,
 * advised for private ones; a wrong size is always an error), banner.png's size, location icons,
 * and SVGs with embedded bitmaps (Zendesk replaces those with a placeholder).
 */
export const checkAssets: Rule = ({ app, manifest }) => {
  const issues: Issue[] = [];
  const privateApp = isPrivate(manifest);
  for (const logo of LOGOS) {
    if (!app.has(logo.path)) {
      const text = `is missing; Zendesk shows it in the admin center and the marketplace (${logo.width}×${logo.height} PNG)`;
      issues.push(privateApp ? warning(logo.path, "", text) : error(logo.path, "", `${text}; public apps must ship it`));
      continue;
    }
    const png = readPngHeader(app.readBytes(logo.path));
    if (!png) issues.push(error(logo.path, "", "is not a PNG file"));
    else if (png.width !== logo.width || png.height !== logo.height) {
      issues.push(error(logo.path, "", `is ${png.width}×${png.height}; it must be ${logo.width}×${logo.height} pixels`));
    } else if (logo.path === "assets/logo-small.png" && !png.hasAlpha) {
      issues.push(warning(logo.path, "", "has no transparency; Zendesk asks for a PNG-24 with transparency"));
    }
  }

  if (app.has(BANNER.path)) {
    const png = readPngHeader(app.readBytes(BANNER.path));
    const fits = png && [1, 2].some((scale) => png.width === BANNER.width * scale && png.height === BANNER.height * scale);
    if (!png) issues.push(error(BANNER.path, "", "is not a PNG file"));
    else if (!fits) issues.push(error(BANNER.path, "", `is ${png.width}×${png.height}; it must be ${BANNER.width}×${BANNER.height} or ${BANNER.width * 2}×${BANNER.height * 2} pixels`));
  }

  const locations = locationsOf(manifest);
  const multiProduct = Object.keys(locations).length > 1;
  for (const [host, names] of Object.entries(locations)) {
    const product = LEGACY_PRODUCTS[host] ?? host;
    if (!isRecord(names)) continue;
    for (const name of Object.keys(names)) {
      if (!ICON_LOCATIONS[product]?.includes(name)) continue;
      const icon = `assets/${multiProduct ? `${product}/` : ""}icon_${name}.svg`;
      if (!app.has(icon)) issues.push(warning(icon, "", `is missing; the ${name} location will show a default icon`));
    }
  }

  for (const svg of app.listing.files.filter((file) => /^assets\/.*\.svg$/.test(file))) {
    if (/<image[\s>]/i.test(app.readText(svg))) issues.push(warning(svg, "", "embeds a bitmap; Zendesk replaces such an icon with a placeholder"));
  }
  return issues;
};
