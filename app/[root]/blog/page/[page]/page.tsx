import { pagedParams } from "../../../../_routes/blog";

export const dynamicParams = false;
export const generateStaticParams = () => pagedParams(true);
export { default, generateMetadata } from "../../../../_routes/blog";
