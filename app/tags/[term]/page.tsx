import { termRoute } from "../../_taxonomy/routes";

const route = termRoute("tags", false);

export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
