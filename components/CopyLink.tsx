"use client";
/**
 * "Copy link" for the share row: copies the post's address and says so to
 * screen readers. It ships hidden and shows once hydrated, so a reader
 * without JavaScript never meets a button that does nothing.
 */
import { useEffect, useState, useSyncExternalStore } from "react";

const MESSAGE_MS = 2000;
const noSubscription = () => () => {};

export function CopyLink({ url }: { url: string }) {
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
      setMessage("Link copied");
    } catch {
      setMessage(`Copy this address: ${url}`);
    }
  };
  return (
    <>
      <button type="button" hidden={!ready} onClick={copy} className="share-link">
        Copy link
      </button>
      <span role="status" className="sr-only">
        {message}
      </span>
    </>
  );
}
