/** The one component map for `.mdx` posts. */
import Link from "next/link";
import type { ComponentPropsWithoutRef } from "react";
import { CONTENT_ASSET_DIR } from "@/lib/content-folders";
import { basePath } from "@/lib/web/urls";
import { Callout } from "./mdx/Callout";
import { Figure } from "./mdx/Figure";

/**
 * Site paths navigate client-side. Links the pipeline resolved (lib/markdown/links)
 * already carry the base path, which <Link> would add a second time, and files
 * under /_content/ are downloads, not pages: both stay plain links.
 */
function SmartLink({ href = "", ...props }: ComponentPropsWithoutRef<"a">) {
  const resolved = (basePath && href.startsWith(`${basePath}/`)) || href.startsWith(`/${CONTENT_ASSET_DIR}/`);
  if (href.startsWith("/") && !resolved) return <Link href={href} {...props} />;
  if (href.startsWith("#") || resolved) return <a href={href} {...props} />;
  return <a href={href} rel="noopener noreferrer" {...props} />;
}

export const mdxComponents = {
  a: SmartLink,
  Callout,
  Figure,
};
