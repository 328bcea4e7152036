import { useEffect, useRef } from "preact/hooks";
import { newGuid } from "../appInstance";
import { appOrigin, registerFrame, unregisterFrame } from "./appFrames";
import type { PageModel } from "./pageModel";

/** One app iframe for one ticket tab: its own instance guid, context and ticketId, as in Zendesk. */
function AppFrame({ model, ticketId, visible }: { model: PageModel; ticketId: number; visible: boolean }) {
  const ref = useRef<HTMLIFrameElement>(null);
  const guid = useRef(newGuid()).current;
  const { host } = model;
  const appId = model.state.value?.appId ?? 9001;
  useEffect(() => {
    const frame = ref.current;
    if (!frame?.contentWindow) return;
    const win = frame.contentWindow;
    registerFrame(guid, win);
    host.createInstance(ticketId, (msg) => win.postMessage(msg, appOrigin()), guid);
    return () => {
      host.removeInstance(guid);
      unregisterFrame(guid);
    };
  }, [guid]);
  const src = `${appOrigin()}/${appId}/assets/iframe.html?origin=${encodeURIComponent(location.origin)}&app_guid=${guid}`;
  const height = model.frameSizes.value[guid] ?? "480px";
  return (
    <iframe
      ref={ref}
      src={src}
      name={`ruta-app-${ticketId}`}
      title="Ruta"
      data-testid={`app-frame-${ticketId}`}
      data-ticket-id={ticketId}
      style={{ display: visible ? "block" : "none", height }}
    />
  );
}

/** The apps sidebar: the Ruta app, one iframe per open ticket tab, only the active one shown. */
export function AppSidebar({ model }: { model: PageModel }) {
  const generation = model.appGeneration.value;
  return (
    <aside class="apps" aria-label="Aplicaciones">
      <header class="apps-header">Aplicaciones · Ruta</header>
      {model.openTabs.value.map((id) => (
        <AppFrame key={`${generation}-${id}`} model={model} ticketId={id} visible={id === model.active.value} />
      ))}
    </aside>
  );
}
