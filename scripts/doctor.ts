import { readFileSync } from "node:fs";
import { runDoctor } from "./runDoctor";

/** `npm run doctor -- --settings FILE --url https://SUBDOMAIN.zendesk.com [--brand SUBDOMAIN] [--locale en]` */
const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
};
const url = option("url");
const file = option("settings");
if (!url) {
  console.error("Usage: npm run doctor -- --settings FILE --url https://SUBDOMAIN.zendesk.com [--brand SUBDOMAIN] [--locale es|en]");
  process.exit(2);
}
const brand = option("brand");
const locale = option("locale") ?? process.env.LANG;
try {
  const { code, lines } = await runDoctor({ settingsText: file ? readFileSync(file, "utf8") : "", url, env: process.env, ...(brand ? { brand } : {}), ...(locale ? { locale } : {}) });
  for (const line of lines) (code === 0 ? console.log : console.error)(line);
  process.exit(code);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
