import { readFileSync } from "node:fs";
import { checkConfig } from "./configCheck";

/** `npm run config:check -- FILE [--locale en]`: validates a settings file offline, for settings kept in version control. */
const args = process.argv.slice(2);
const localeAt = args.indexOf("--locale");
const locale = localeAt >= 0 ? args[localeAt + 1] : process.env.LANG;
const file = args.find((a, i) => !a.startsWith("--") && args[i - 1] !== "--locale");
if (!file) {
  console.error("Usage: npm run config:check -- FILE [--locale es|en]");
  process.exit(2);
}
const { code, lines } = await checkConfig(readFileSync(file, "utf8"), locale);
for (const line of lines) (code === 0 ? console.log : console.error)(line);
process.exit(code);
