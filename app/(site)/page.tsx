export { default, generateMetadata } from "../_routes/home";
