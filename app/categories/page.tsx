import { termIndexRoute } from "../_taxonomy/routes";

const route = termIndexRoute("categories");

export const metadata = route.metadata;
export default route.Page;
