import { render } from "preact";
import { App } from "./App";
import { listenToApps } from "./appFrames";
import { createPageActions } from "./pageActions";
import { createPageModel } from "./pageModel";
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

async function start() {
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
