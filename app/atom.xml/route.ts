import { feedHandler } from "../_routes/feeds";

export const dynamic = "force-static";

export const GET = feedHandler("atom");
