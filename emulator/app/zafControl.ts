import type { IncomingMessage, ServerResponse } from "node:http";
import { z } from "zod";
import { OutgoingRequest } from "../host/requestProxy";
import { json, readJson } from "../httpJson";
import type { AppPackage } from "./appPackage";
import { performProxyRequest } from "./zafProxy";

const AnswerDelay = z.object({ ms: z.number().int().min(0).max(600_000), paths: z.optional(z.array(z.string())) });

/** What the host page reads at start: the hosted app as its manifest declares it, and how slowly to answer. */
export interface ZafHostState {
  appId: number;
  name: string;
  version: string;
  locations: AppPackage["app"]["locations"];
  /** Delay before every get/set/invoke answer (ms), to go past the SDK's time-out; the page reads it when it loads. */
  answerDelayMs: number;
  /** Only calls naming one of these paths are delayed (e.g. `macro`: a slow Apply); all calls when absent. */
  answerDelayPaths?: string[];
}

/** The ZAF host's server side, one per emulator: the hosted app, its proxy, the answer delay. */
export function createZafControl(pkg: AppPackage, appId: number) {
  const state: ZafHostState = { appId, name: pkg.app.name, version: pkg.app.version, locations: pkg.app.locations, answerDelayMs: 0 };
  return {
    state,
    /**
     * `GET /__emulator/zaf` (the state above), `POST /__emulator/zaf/proxy` (Zendesk's proxy: the page posts
     * an app's external request, the server performs it with the secure settings only it holds),
     * `POST /__emulator/zaf/answer-delay` `{ms, paths?}`. Answers true when it handled the request.
     */
    async handle(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<boolean> {
      const route = `${req.method} ${pathname}`;
      try {
        if (route === "GET /__emulator/zaf") return json(res, 200, state), true;
        if (route === "POST /__emulator/zaf/proxy") return json(res, 200, await performProxyRequest(pkg, OutgoingRequest.parse(await readJson(req)))), true;
        if (route === "POST /__emulator/zaf/answer-delay") {
          const { ms, paths } = AnswerDelay.parse(await readJson(req));
          Object.assign(state, { answerDelayMs: ms, answerDelayPaths: paths });
          return json(res, 200, state), true;
        }
      } catch (error) {
        return json(res, 400, { error: "InvalidControlRequest", description: error instanceof Error ? error.message : String(error) }), true;
      }
      return false;
    },
  };
}
