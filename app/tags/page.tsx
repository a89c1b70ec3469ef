import { termIndexRoute } from "../_taxonomy/routes";

const route = termIndexRoute("tags");

export const metadata = route.metadata;
export default route.Page;
