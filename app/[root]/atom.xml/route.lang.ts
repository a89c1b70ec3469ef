import { feedHandler, sectionParams } from "../../_routes/feeds";

export const dynamic = "force-static";
export const dynamicParams = false;
export const generateStaticParams = sectionParams;
export const GET = feedHandler("atom");
