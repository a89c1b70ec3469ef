// The post page with `prerender: N` (see post-page.tsx): a post outside the
// prerendered set renders on its first request and is then served from cache.
export { default, generateMetadata, generateStaticParams } from "./post-page";
