import { signal } from "@preact/signals";
import type { ZafHost } from "../zafHost";

/** Which of the hosted app's pane locations the agent opened (Zendesk loads them on first open and keeps them). */
export const locationPanes = {
  navBarOpen: signal(false),
  navBarLoaded: signal(false),
  topBarOpen: signal(false),
  topBarLoaded: signal(false),
};

/** Tells the pane's instance it was shown or hidden ("Nav bar" / "Top bar" locations: pane.activated, pane.deactivated). */
function firePane(host: ZafHost, location: "nav_bar" | "top_bar", open: boolean): void {
  for (const instance of host.instances.values()) {
    if (instance.location === location) host.fireOn(instance, [[open ? "pane.activated" : "pane.deactivated", {}]]);
  }
}

export function toggleNavBar(host: ZafHost): void {
  locationPanes.navBarLoaded.value = true;
  locationPanes.navBarOpen.value = !locationPanes.navBarOpen.value;
  firePane(host, "nav_bar", locationPanes.navBarOpen.value);
}

export function toggleTopBar(host: ZafHost): void {
  locationPanes.topBarLoaded.value = true;
  locationPanes.topBarOpen.value = !locationPanes.topBarOpen.value;
  firePane(host, "top_bar", locationPanes.topBarOpen.value);
}
