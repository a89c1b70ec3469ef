import { feedHandler } from "../../_routes/feeds";
import { sectionParams } from "../../_routes/language";

export const dynamic = "force-static";
export const dynamicParams = false;
export const generateStaticParams = sectionParams;
export const GET = feedHandler("atom");
