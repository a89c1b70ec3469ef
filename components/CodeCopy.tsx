"use client";
/**
 * The copy buttons of a post's code blocks (written, hidden, at build time by
 * lib/markdown/code-blocks): one delegated click handler for all of them, and
 * the live region that tells screen readers the code was copied. Rendered by
 * the post page only when the post has code, so other posts load none of it.
 * Its messages come from the server parent (PostArticle), translated.
 */
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import { COPY_BUTTON_ATTRIBUTE } from "@/lib/markdown/code-toolbar";

const BUTTONS = `button[${COPY_BUTTON_ATTRIBUTE}]`;
const MESSAGE_MS = 2000;

/** The code of the block a button belongs to: its lines' text, one per line. */
function codeOf(button: Element): string {
  return button.closest("figure")?.querySelector("pre code")?.textContent ?? "";
}

/** Without the Clipboard API (an insecure origin, a denied permission): select the code instead. */
function selectCodeOf(button: Element) {
  const code = button.closest("figure")?.querySelector("pre code");
  const selection = window.getSelection();
  if (!code || !selection) return;
  selection.selectAllChildren(code);
}

export interface CodeCopyLabels {
  /** Announced once copied: "Copied". */
  copied: string;
  /** Announced when the clipboard refuses and the code is selected instead. */
  selected: string;
}

export function CodeCopy({ labels }: { labels: CodeCopyLabels }) {
  const [message, setMessage] = useState("");
  const pathname = usePathname();
  const { copied, selected } = labels;

  // Buttons ship hidden so a page without JavaScript shows none; show them
  // again after each client navigation to another post.
  useEffect(() => {
    for (const button of document.querySelectorAll<HTMLButtonElement>(BUTTONS)) button.hidden = false;
  }, [pathname]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const announce = (text: string, button: HTMLElement) => {
      clearTimeout(timer);
      setMessage(text);
      button.dataset.copied = "";
      // Cleared, so copying again is announced again.
      timer = setTimeout(() => {
        setMessage("");
        delete button.dataset.copied;
      }, MESSAGE_MS);
    };
    const onClick = async (event: MouseEvent) => {
      const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>(BUTTONS) : null;
      if (!button) return;
      try {
        await navigator.clipboard.writeText(codeOf(button));
        announce(copied, button);
      } catch {
        selectCodeOf(button);
        announce(selected, button);
      }
    };
    document.addEventListener("click", onClick);
    return () => {
      document.removeEventListener("click", onClick);
      clearTimeout(timer);
    };
  }, [copied, selected]);

  return (
    <p role="status" aria-live="polite" className="sr-only" data-code-copy-status="">
      {message}
    </p>
  );
}
