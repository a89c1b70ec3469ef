import { postParams } from "../../../_routes/post";

export const generateStaticParams = () => postParams(false);
export { default, generateMetadata } from "../../../_routes/post";
