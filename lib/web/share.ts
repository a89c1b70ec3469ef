/**
 * Share links for a post: plain links to each service's share page, built
 * here so that no third-party script ever loads. Mastodon has no single
 * server, so its link goes to mastodonshare.com, which asks the reader for
 * theirs.
 */
export interface ShareLink {
  /** The service, as the link says it: "Share on <name>". */
  name: string;
  href: string;
}

export function shareLinks(title: string, url: string): ShareLink[] {
  const q = encodeURIComponent;
  const text = `${title} ${url}`;
  return [
    { name: "Mastodon", href: `https://mastodonshare.com/?text=${q(title)}&url=${q(url)}` },
    { name: "Bluesky", href: `https://bsky.app/intent/compose?text=${q(text)}` },
    { name: "LinkedIn", href: `https://www.linkedin.com/sharing/share-offsite/?url=${q(url)}` },
    { name: "X", href: `https://x.com/intent/post?text=${q(title)}&url=${q(url)}` },
    { name: "email", href: `mailto:?subject=${q(title)}&body=${q(url)}` },
  ];
}

/** Posts at least this long (in reading minutes) end with a link back to the top. */
export const BACK_TO_TOP_MINUTES = 4;
