import { sectionParams } from "../../_routes/language";

export const dynamicParams = false;
export const generateStaticParams = sectionParams;
export { default, generateMetadata } from "../../_routes/blog";
