import { pagedParams } from "../../../../_routes/blog";

export const dynamicParams = false;
export const generateStaticParams = () => pagedParams(false);
export { default, generateMetadata } from "../../../../_routes/blog";
