import { PaneApp } from "./PaneApp";
import { locationPanes, toggleNavBar, toggleTopBar } from "./locationPanes";
import type { PageModel } from "./pageModel";

/** The header buttons of the app's nav_bar and top_bar locations, where the manifest declares them. */
export function AppLocationButtons({ model }: { model: PageModel }) {
  const { app } = model.host.options;
  return (
    <>
      {app.locations.nav_bar && (
        <button type="button" data-testid="nav-bar-button" aria-pressed={locationPanes.navBarOpen.value} onClick={() => toggleNavBar(model.host)} style={{ background: locationPanes.navBarOpen.value ? "#fff" : "transparent", color: locationPanes.navBarOpen.value ? "#03363d" : "#fff" }}>
          ☰ {app.name}
        </button>
      )}
      {app.locations.top_bar && (
        <button type="button" data-testid="top-bar-button" aria-pressed={locationPanes.topBarOpen.value} onClick={() => toggleTopBar(model.host)} style={{ background: "transparent", color: "#fff" }}>
          ▾ {app.name}
        </button>
      )}
    </>
  );
}

/**
 * Where Zendesk renders the app outside the ticket: the nav_bar app in the main area (over the ticket view,
 * which stays loaded), the top_bar app in a popover under the header, the background app hidden.
 */
export function AppLocationPanes({ model }: { model: PageModel }) {
  const { navBarOpen, navBarLoaded, topBarOpen, topBarLoaded } = locationPanes;
  return (
    <>
      {navBarLoaded.value && (
        <section aria-label="nav_bar" data-testid="nav-bar-pane" style={{ display: navBarOpen.value ? "block" : "none", position: "fixed", top: "48px", left: "220px", right: 0, bottom: 0, background: "#fff", zIndex: 5 }}>
          <PaneApp model={model} location="nav_bar" visible defaultHeight="100%" />
        </section>
      )}
      {topBarLoaded.value && (
        <section aria-label="top_bar" data-testid="top-bar-pane" style={{ display: topBarOpen.value ? "block" : "none", position: "fixed", top: "48px", right: "16px", width: "360px", background: "#fff", border: "1px solid #d8dcde", zIndex: 6 }}>
          <PaneApp model={model} location="top_bar" visible defaultHeight="400px" />
        </section>
      )}
      <PaneApp model={model} location="background" visible={false} defaultHeight="0" />
    </>
  );
}
