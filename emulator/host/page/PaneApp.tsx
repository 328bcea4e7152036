import { useRef } from "preact/hooks";
import { newGuid, type AppLocation } from "../appInstance";
import { AppFrame } from "./AppFrame";
import type { PageModel } from "./pageModel";

/** The hosted app in a location without a ticket (nav_bar, top_bar, background): one instance for the page. */
export function PaneApp({ model, location, visible, defaultHeight }: { model: PageModel; location: Exclude<AppLocation, "modal" | "ticket_sidebar" | "new_ticket_sidebar">; visible: boolean; defaultHeight: string }) {
  const guid = useRef(newGuid()).current;
  const { host } = model;
  const declared = host.options.app.locations[location];
  if (!declared) return null;
  return (
    <AppFrame
      model={model}
      guid={guid}
      url={declared.url}
      connect={(send) => host.createInstance({ location, size: declared.size ?? {} }, send, guid)}
      disconnect={() => host.removeInstance(guid)}
      testId={`app-frame-${location}`}
      title={`${host.options.app.name} (${location})`}
      visible={visible}
      defaultHeight={declared.size?.height ?? defaultHeight}
      {...(declared.size?.width ? { width: declared.size.width } : {})}
    />
  );
}
