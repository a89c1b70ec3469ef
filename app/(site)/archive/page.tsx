export { default, generateMetadata } from "../../_routes/archive";
