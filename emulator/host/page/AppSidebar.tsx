import { useRef } from "preact/hooks";
import { newGuid } from "../appInstance";
import { AppFrame } from "./AppFrame";
import type { PageModel } from "./pageModel";

/** One ticket-sidebar iframe for one ticket tab: its own instance guid, context and ticketId, as in Zendesk. */
function SidebarFrame({ model, ticketId, url, visible }: { model: PageModel; ticketId: number; url: string; visible: boolean }) {
  const guid = useRef(newGuid()).current;
  const { host } = model;
  return (
    <AppFrame
      model={model}
      guid={guid}
      url={url}
      connect={(send) => host.createInstance(ticketId, send, guid)}
      disconnect={() => host.removeInstance(guid)}
      testId={`app-frame-${ticketId}`}
      title={host.options.app.name}
      visible={visible}
    />
  );
}

/** The apps sidebar: the hosted app's ticket_sidebar location, one iframe per open ticket tab, only the active one shown. */
export function AppSidebar({ model }: { model: PageModel }) {
  const generation = model.appGeneration.value;
  const { app } = model.host.options;
  const sidebar = app.locations.ticket_sidebar;
  return (
    <aside class="apps" aria-label="Aplicaciones">
      <header class="apps-header">Aplicaciones · {app.name}</header>
      {sidebar
        ? model.openTabs.value.map((id) => <SidebarFrame key={`${generation}-${id}`} model={model} ticketId={id} url={sidebar.url} visible={id === model.active.value} />)
        : <p class="muted">{app.name} no declara ticket_sidebar.</p>}
    </aside>
  );
}
