/**
 * The MDX components that render to plain HTML with no Next.js runtime: used
 * to turn `.mdx` posts into HTML for feeds and search at content build time.
 */
import { Callout } from "./Callout";
import { Figure } from "./Figure";

export const staticMdxComponents = { Callout, Figure };
