import { ImageResponse } from "next/og";
import { OG_SIZE, OgCard } from "@/components/OgCard";
import { formatDay } from "@/lib/dates";
import { ogFonts } from "@/lib/og-fonts";
import { getPostRecord, getPosts } from "@/lib/posts";
import { decodeSegment } from "@/lib/slugs";
import { site } from "@/site.config";
import { atLeastOne } from "@/lib/static-params";

export const dynamic = "force-static";
export const dynamicParams = false;

/** Only posts without an image of their own get a generated card. */
export function generateStaticParams() {
  const params = getPosts()
    .filter((post) => getPostRecord(post.slug)?.images.length === 0)
    .map((post) => ({ slug: `${post.slug}.png` }));
  return atLeastOne(params, { slug: `${getPosts()[0]?.slug ?? "-"}.png` });
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const post = getPostRecord(decodeSegment((await params).slug).replace(/\.png$/, ""));
  if (!post) return new Response("Not found", { status: 404 });
  return new ImageResponse(
    <OgCard title={post.title} date={formatDay(post.day, site.language)} site={site.title} tags={post.tags} />,
    { ...OG_SIZE, fonts: ogFonts() },
  );
}
