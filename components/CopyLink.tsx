"use client";
/**
 * "Copy link" for the share row: copies the post's address and says so to
 * screen readers. It ships hidden and shows once hydrated, so a reader
 * without JavaScript never meets a button that does nothing. Its strings come
 * from the server parent (ShareLinks), translated.
 */
import { useEffect, useState, useSyncExternalStore } from "react";

const MESSAGE_MS = 2000;
const noSubscription = () => () => {};

export interface CopyLinkLabels {
  /** The button: "Copy link". */
  copyLink: string;
  /** Announced once copied: "Link copied". */
  linkCopied: string;
  /** Announced when the clipboard refuses: "Copy this address: https://…" (the address filled in). */
  copyThisAddress: string;
}

export function CopyLink({ url, labels }: { url: string; labels: CopyLinkLabels }) {
  // False in the server's HTML, true once hydrated.
  const ready = useSyncExternalStore(noSubscription, () => true, () => false);
  const [message, setMessage] = useState("");
  useEffect(() => {
    if (!message) return;
    const timer = setTimeout(() => setMessage(""), MESSAGE_MS);
    return () => clearTimeout(timer);
  }, [message]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setMessage(labels.linkCopied);
    } catch {
      setMessage(labels.copyThisAddress);
    }
  };
  return (
    <>
      <button type="button" hidden={!ready} onClick={copy} className="share-link">
        {labels.copyLink}
      </button>
      <span role="status" className="sr-only">
        {message}
      </span>
    </>
  );
}
