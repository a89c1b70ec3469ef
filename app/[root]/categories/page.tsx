import { sectionParams } from "../../_routes/language";
import { termIndexRoute } from "../../_routes/taxonomy";

const route = termIndexRoute("categories");

export const dynamicParams = false;
export const generateStaticParams = sectionParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
