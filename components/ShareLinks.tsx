import { shareLinks } from "@/lib/web/share";
import { CopyLink } from "./CopyLink";
import { translator } from "@/lib/i18n/site";
import { site } from "@/site.config";

/** The end-of-post row: copy the link, share it, and go back to the top of a long post. */
export function ShareLinks({
  title,
  url,
  backToTop,
  lang = site.language,
}: {
  title: string;
  url: string;
  backToTop: boolean;
  lang?: string;
}) {
  const t = translator(lang);
  return (
    <div className="mt-12 flex flex-wrap items-center justify-between gap-4 border-t border-zinc-200 pt-6 dark:border-zinc-800">
      <ul aria-label={t("share.label")} className="flex flex-wrap items-center gap-2 text-sm">
        <li>
          <CopyLink
            url={url}
            labels={{ copyLink: t("share.copyLink"), linkCopied: t("share.linkCopied"), copyThisAddress: t("share.copyThisAddress", { url }) }}
          />
        </li>
        {shareLinks(title, url).map((link) => (
          <li key={link.name}>
            <a href={link.href} className="share-link" rel="noopener noreferrer" target={link.name === "email" ? undefined : "_blank"}>
              {link.name === "email" ? t("share.email") : link.name}
              <span className="sr-only">{link.name === "email" ? t("share.emailHint") : t("share.serviceHint")}</span>
            </a>
          </li>
        ))}
      </ul>
      {backToTop && (
        <a href="#top" className="text-sm font-medium text-teal-800 hover:underline dark:text-teal-300">
          {t("share.backToTop")}
        </a>
      )}
    </div>
  );
}
