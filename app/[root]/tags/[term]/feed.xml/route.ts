import { tagFeedParams } from "../../../../_routes/feeds";

export const dynamic = "force-static";
export const dynamicParams = false;
export const generateStaticParams = () => tagFeedParams(true);
export { tagFeedGET as GET } from "../../../../_routes/feeds";
