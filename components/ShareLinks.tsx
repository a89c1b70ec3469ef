import { shareLinks } from "@/lib/share";
import { CopyLink } from "./CopyLink";

/** The end-of-post row: copy the link, share it, and go back to the top of a long post. */
export function ShareLinks({ title, url, backToTop }: { title: string; url: string; backToTop: boolean }) {
  return (
    <div className="mt-12 flex flex-wrap items-center justify-between gap-4 border-t border-zinc-200 pt-6 dark:border-zinc-800">
      <ul aria-label="Share this post" className="flex flex-wrap items-center gap-2 text-sm">
        <li>
          <CopyLink url={url} />
        </li>
        {shareLinks(title, url).map((link) => (
          <li key={link.name}>
            <a href={link.href} className="share-link" rel="noopener noreferrer" target={link.name === "email" ? undefined : "_blank"}>
              {link.name === "email" ? "Email" : link.name}
              <span className="sr-only">{link.name === "email" ? ": send this post by email" : ": share this post (opens a new tab)"}</span>
            </a>
          </li>
        ))}
      </ul>
      {backToTop && (
        <a href="#top" className="text-sm font-medium text-teal-800 hover:underline dark:text-teal-300">
          Back to top ↑
        </a>
      )}
    </div>
  );
}
