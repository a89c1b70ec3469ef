import { deployEnv } from "@/lib/env";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageTitle } from "@/components/PageTitle";
import { movedPaths, redirectTable } from "@/lib/redirect-table";
import { siteUrl } from "@/lib/seo";
import { decodeSegment } from "@/lib/slugs";
import { withBasePath } from "@/lib/urls";
import { atLeastOne } from "@/lib/static-params";

/**
 * Old URLs (aliases, WordPress permalinks, the redirect table) in a static
 * export, which cannot redirect: each old path is this small page that moves
 * on at once. `next start` and standalone answer them with a 308 from
 * proxy.server.ts instead, so there this route prerenders nothing.
 */
type Props = { params: Promise<{ legacy: string[] }> };

export const dynamicParams = false;

export function generateStaticParams() {
  if (deployEnv.output !== "export") return [];
  const params = redirectTable.map((r) => ({ legacy: r.from.split("/").filter(Boolean) }));
  return atLeastOne(params, { legacy: ["-"] });
}

async function target(params: Props["params"]) {
  const path = `/${(await params).legacy.map(decodeSegment).join("/")}`;
  return movedPaths.get(path);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const to = await target(params);
  if (!to) return {};
  return { title: "This page has moved", robots: { index: false }, alternates: { canonical: siteUrl(to) } };
}

export default async function LegacyPage({ params }: Props) {
  const to = await target(params);
  if (!to) notFound();
  return (
    <>
      <meta httpEquiv="refresh" content={`0; url=${withBasePath(to)}`} />
      <PageTitle>This page has moved</PageTitle>
      <p>
        It now lives at{" "}
        <Link href={to} className="font-medium text-teal-800 underline dark:text-teal-300">
          {siteUrl(to)}
        </Link>
        .
      </p>
    </>
  );
}
