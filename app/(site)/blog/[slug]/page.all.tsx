// The post page when every post is prerendered (see app/_routes/post.tsx): a
// slug outside the list is the 404 page, never rendered or cached.
import { postParams } from "../../../_routes/post";

export const dynamicParams = false;
export const generateStaticParams = () => postParams(false);
export { default, generateMetadata } from "../../../_routes/post";
