export { default, generateMetadata } from "../../_routes/blog";
