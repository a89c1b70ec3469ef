import { termIndexRoute } from "../../_routes/taxonomy";

const route = termIndexRoute("tags");

export const generateMetadata = route.generateMetadata;
export default route.Page;
