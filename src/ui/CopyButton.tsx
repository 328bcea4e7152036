import { useState } from "preact/hooks";
import { useT } from "./useT";

async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // The iframe may lack clipboard permission: fall back to a selection copy.
    const area = document.createElement("textarea");
    area.value = text;
    document.body.append(area);
    area.select();
    document.execCommand("copy");
    area.remove();
  }
}

export function CopyButton({ text, label, testId }: { text: string; label?: string; testId?: string }) {
  const t = useT();
  const [copied, setCopied] = useState(false);
  return (
    <button type="button" class="btn btn-small" data-testid={testId} onClick={() => void copyText(text).then(() => setCopied(true))}>
      {copied ? t("step.copied") : (label ?? t("step.copy"))}
    </button>
  );
}
