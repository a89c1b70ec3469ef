// The post page with `prerender: N` (see app/_routes/post.tsx): a post outside
// the prerendered set renders on its first request and is then served from cache.
import { postParams } from "../../../_routes/post";

export const generateStaticParams = () => postParams(false);
export { default, generateMetadata } from "../../../_routes/post";
