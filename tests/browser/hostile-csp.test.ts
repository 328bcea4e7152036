import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { TICKET_IDS } from "../../emulator/zendesk";
import { useEmulatorSession } from "./support/session";
import { applyStep, openSidebar, submit, waitForStep } from "./support/sidebar";

// The app page's Content-Security-Policy (W3C CSP Level 3; a <meta> policy ignores frame-ancestors,
// report-uri and sandbox, so the built page carries only what a meta element can enforce).
const BUILT_PAGE = resolve(import.meta.dirname, "../../dist/assets/iframe.html");

/** The policy's directives by name, from the built page's meta element. */
function builtPolicy(html: string): Map<string, string[]> {
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html);
  if (!meta) throw new Error("dist/assets/iframe.html carries no Content-Security-Policy meta element.");
  return new Map(meta[1]!.split(";").map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...values]) => [name!, values]));
}

describe("the built iframe.html", () => {
  const html = readFileSync(BUILT_PAGE, "utf8");

  it("carries a strict policy: own-origin scripts only, no eval, no inline script, nothing by default", () => {
    const policy = builtPolicy(html);
    expect(policy.get("default-src")).toEqual(["'none'"]);
    expect(policy.get("script-src")).toEqual(["'self'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'none'"]);
    expect(policy.get("require-trusted-types-for")).toEqual(["'script'"]);
    expect(html).not.toMatch(/unsafe-(eval|inline)/);
  });

  it("has no inline script and the policy comes before the first script", () => {
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/\bsrc=/);
      expect(body!.trim()).toBe("");
    }
    expect(html.indexOf("Content-Security-Policy")).toBeLessThan(html.search(/<script\b/i));
    expect(html).not.toMatch(/\son[a-z]+=/i);
  });
});

let page: Page;
const { emulatorUrl } = useEmulatorSession("hostile-csp", (p) => (page = p));

describe("the app under its policy", () => {
  it("walks a step (read, apply, submit, re-read) with no violation reported, and the policy is enforced", async () => {
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as { __cspViolations?: string[] }).__cspViolations = seen;
      document.addEventListener("securitypolicyviolation", (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const ticket = TICKET_IDS.prePostNew;
    const frame = await openSidebar(page, emulatorUrl, ticket);
    await waitForStep(frame, "pre-post.saludo.primer-contacto");
    await applyStep(page, frame, "pre-post.saludo.primer-contacto");
    await submit(page);
    await frame.waitForSelector('[data-testid="waiting"]');
    expect(await frame.evaluate(() => (window as { __cspViolations?: string[] }).__cspViolations)).toEqual([]);
    // The policy is live in the app's document: an injected inline script and a string handed to setTimeout
    // (an eval) do not run, and the browser reports them. (DevTools' own evaluate is exempt, so probe from a page task.)
    await frame.evaluate(() => {
      const script = document.createElement("script");
      try {
        script.textContent = "window.__inline = 1";
        document.head.append(script);
      } catch {
        /* Trusted Types refuse the string outright */
      }
      try {
        (setTimeout as (code: string, ms: number) => number)("window.__evaled = 1", 0);
      } catch {
        /* refused outright */
      }
    });
    await frame.waitForTimeout(200);
    expect(await frame.evaluate(() => [(window as { __inline?: number }).__inline, (window as { __evaled?: number }).__evaled])).toEqual([undefined, undefined]);
    expect((await frame.evaluate(() => (window as { __cspViolations?: string[] }).__cspViolations))!.length).toBeGreaterThan(0);
  });
});
