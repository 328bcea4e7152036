import { useEffect, useRef } from "preact/hooks";
import type { AppInstance } from "../appInstance";
import { frameUrl, registerFrame, unregisterFrame } from "./appFrames";
import type { PageModel } from "./pageModel";

export interface AppFrameProps {
  model: PageModel;
  guid: string;
  url: string;
  /** Creates (or attaches) the host's instance for this frame; `send` posts to the frame's window. */
  connect: (send: AppInstance["send"]) => void;
  /** Undoes `connect` when the frame goes away. */
  disconnect: () => void;
  testId: string;
  title: string;
  visible?: boolean;
  defaultHeight?: string;
  width?: string;
}

/** One app iframe with its own instance guid, messages to and from it routed through the host. */
export function AppFrame(props: AppFrameProps) {
  const ref = useRef<HTMLIFrameElement>(null);
  const appId = props.model.state.value?.appId ?? 9001;
  const src = frameUrl(appId, props.url, props.guid);
  useEffect(() => {
    const win = ref.current?.contentWindow;
    if (!win) return;
    const targetOrigin = new URL(src).origin;
    registerFrame(props.guid, win, targetOrigin);
    props.connect((msg) => win.postMessage(msg, targetOrigin));
    return () => {
      props.disconnect();
      unregisterFrame(props.guid);
    };
  }, [props.guid]);
  const height = props.model.frameSizes.value[props.guid] ?? props.defaultHeight ?? "480px";
  return (
    <iframe
      ref={ref}
      src={src}
      title={props.title}
      data-testid={props.testId}
      data-guid={props.guid}
      style={{ display: props.visible === false ? "none" : "block", height, ...(props.width ? { width: props.width } : {}) }}
    />
  );
}
