// The post page when every post is prerendered (see post-page.tsx): a slug
// outside the list is the 404 page, never rendered or cached.
export const dynamicParams = false;
export { default, generateMetadata, generateStaticParams } from "./post-page";
