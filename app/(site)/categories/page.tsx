import { termIndexRoute } from "../../_routes/taxonomy";

const route = termIndexRoute("categories");

export const generateMetadata = route.generateMetadata;
export default route.Page;
