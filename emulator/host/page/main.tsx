import { render } from "preact";
import { App } from "./App";
import { listenToApps } from "./appFrames";
import { createPageActions } from "./pageActions";
import { createPageModel, getJson } from "./pageModel";
import type { HttpAnswer, OutgoingRequest } from "../requestProxy";
import type { ZafHostState } from "../../app/zafControl";
import "./styles.css";

const model = createPageModel();
const actions = createPageActions(model);
let noticeId = 0;

model.host.subscribe((notice) => {
  if (notice.kind === "resize" && notice.height) model.frameSizes.value = { ...model.frameSizes.value, [notice.guid]: notice.height };
  if (notice.kind === "notify") {
    const id = ++noticeId;
    model.notices.value = [...model.notices.value, { id, message: notice.message, type: notice.type }];
    setTimeout(() => (model.notices.value = model.notices.value.filter((n) => n.id !== id)), 5000);
  }
  model.version.value += 1;
});
listenToApps(model.host);

/** Zendesk's proxy lives server-side (it holds the secure settings): the page hands it the app's external requests. */
async function proxy(request: OutgoingRequest): Promise<HttpAnswer> {
  return getJson<HttpAnswer>("/__emulator/zaf/proxy", { method: "POST", body: JSON.stringify(request) });
}

async function start() {
  const zaf = await getJson<ZafHostState>("/__emulator/zaf");
  // The hosted app and its proxy are known once the server said which app it serves.
  Object.assign(model.host.options, { app: { name: zaf.name, version: zaf.version, locations: zaf.locations }, proxy, answerDelayMs: zaf.answerDelayMs, ...(zaf.answerDelayPaths ? { answerDelayPaths: zaf.answerDelayPaths } : {}) });
  document.title = `Zendesk local — ${zaf.name}`;
  await actions.loadState();
  await model.host.loadAccount();
  await actions.loadTickets();
  const requested = Number(new URLSearchParams(location.search).get("ticket"));
  const first = model.tickets.value.find((t) => t.id === requested) ?? model.tickets.value[0];
  if (first) await actions.openTicket(first.id);
  const events = new EventSource("/__emulator/events");
  events.onmessage = (event) => void actions.onStoreChange(JSON.parse(event.data as string));
  document.body.dataset.ready = "true";
}

render(<App model={model} actions={actions} />, document.getElementById("root")!);
void start();
