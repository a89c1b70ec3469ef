import { termRoute } from "../../../../_taxonomy/routes";

const route = termRoute("categories", true);

export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
