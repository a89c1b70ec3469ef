import { sectionParams } from "../../_routes/feeds";

export const dynamicParams = false;
export const generateStaticParams = sectionParams;
export { default, generateMetadata } from "../../_routes/search";
