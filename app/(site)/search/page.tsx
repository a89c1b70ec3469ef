export { default, generateMetadata } from "../../_routes/search";
