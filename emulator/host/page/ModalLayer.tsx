import { AppFrame } from "./AppFrame";
import type { PageModel } from "./pageModel";

/** Modals opened with `instances.create`, over the page as Zendesk shows them; the × closes one as `destroy` does. */
export function ModalLayer({ model }: { model: PageModel }) {
  void model.version.value;
  const { host } = model;
  const modals = [...host.instances.values()].filter((i) => i.location === "modal" && i.url);
  if (!modals.length) return null;
  return (
    <div style={{ position: "fixed", inset: 0, background: "rgba(4, 68, 77, 0.6)", display: "flex", alignItems: "center", justifyContent: "center", zIndex: 10 }}>
      {modals.map((modal) => (
        <div key={modal.guid} role="dialog" aria-label={`${host.options.app.name} modal`} data-testid="app-modal" style={{ background: "#fff", borderRadius: "4px", padding: "8px", maxWidth: "80vw", maxHeight: "80vh", overflow: "auto" }}>
          <div style={{ display: "flex", justifyContent: "flex-end" }}>
            <button type="button" aria-label="Cerrar" data-testid="app-modal-close" onClick={() => host.removeInstance(modal.guid)}>
              ×
            </button>
          </div>
          <AppFrame
            model={model}
            guid={modal.guid}
            url={modal.url!}
            connect={(send) => host.attach(modal.guid, send)}
            disconnect={() => host.removeInstance(modal.guid)}
            testId="app-modal-frame"
            title={`${host.options.app.name} modal`}
            defaultHeight={modal.size.height ?? "300px"}
            width={modal.size.width ?? "450px"}
          />
        </div>
      ))}
    </div>
  );
}
