/** The one component map for `.mdx` posts. */
import Link from "next/link";
import type { ComponentPropsWithoutRef } from "react";
import { Callout } from "./mdx/Callout";
import { Figure } from "./mdx/Figure";

function SmartLink({ href = "", ...props }: ComponentPropsWithoutRef<"a">) {
  if (href.startsWith("/")) return <Link href={href} {...props} />;
  if (href.startsWith("#")) return <a href={href} {...props} />;
  return <a href={href} rel="noopener noreferrer" {...props} />;
}

export const mdxComponents = {
  a: SmartLink,
  Callout,
  Figure,
};
