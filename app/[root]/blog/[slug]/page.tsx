// Another language's posts are all prerendered (see app/_routes/post.tsx).
import { postParams } from "../../../_routes/post";

export const dynamicParams = false;
export const generateStaticParams = () => postParams(true);
export { default, generateMetadata } from "../../../_routes/post";
