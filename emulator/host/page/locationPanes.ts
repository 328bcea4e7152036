import { signal } from "@preact/signals";

/** Which of the hosted app's pane locations the agent opened (Zendesk loads them on first open and keeps them). */
export const locationPanes = {
  navBarOpen: signal(false),
  navBarLoaded: signal(false),
  topBarOpen: signal(false),
  topBarLoaded: signal(false),
};

export function toggleNavBar(): void {
  locationPanes.navBarLoaded.value = true;
  locationPanes.navBarOpen.value = !locationPanes.navBarOpen.value;
}

export function toggleTopBar(): void {
  locationPanes.topBarLoaded.value = true;
  locationPanes.topBarOpen.value = !locationPanes.topBarOpen.value;
}
