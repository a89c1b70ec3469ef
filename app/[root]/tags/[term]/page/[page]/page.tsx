import { termRoute } from "../../../../../_routes/taxonomy";

const route = termRoute("tags", true);

export const dynamicParams = false;
export const generateStaticParams = () => route.generateStaticParams(true);
export const generateMetadata = route.generateMetadata;
export default route.Page;
