/**
 * Shown by `npm run dev` at the URL of a post whose file has problems: the
 * same lines the production build prints, so the author sees what to fix
 * where they were looking.
 */
import { translator } from "@/lib/i18n/site";
import { site } from "@/site.config";

export function ContentProblems({
  lines,
  standalone = false,
  lang = site.language,
}: {
  lines: string[];
  standalone?: boolean;
  lang?: string;
}) {
  const t = translator(lang);
  // In place of the post, the box is the page's heading; above a post, a section of it.
  const Heading = standalone ? "h1" : "h2";
  return (
    <section
      role="alert"
      aria-labelledby="content-problems-title"
      className="mb-8 rounded-md border border-red-300 bg-red-50 p-4 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
    >
      <Heading id="content-problems-title" className="font-semibold">
        {t("post.contentProblems", { count: lines.length })}
      </Heading>
      <ul className="mt-2 space-y-1 font-mono text-sm">
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p className="mt-2 text-sm">{t("post.contentProblemsFix")}</p>
    </section>
  );
}
