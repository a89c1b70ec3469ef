// `.lang.tsx`: a route of the other languages' sections, built only when one
// has a published post (next.config.ts).
import { sectionParams } from "../../_routes/language";

export const dynamicParams = false;
export const generateStaticParams = sectionParams;
export { default, generateMetadata } from "../../_routes/blog";
