import { sectionParams } from "../../_routes/language";
import { searchIndexResponse } from "../../_routes/search";
import type { RouteParams } from "../../_routes/language";

export const dynamic = "force-static";
export const dynamicParams = false;
export const generateStaticParams = sectionParams;

export function GET(_request: Request, { params }: { params: RouteParams }) {
  return searchIndexResponse(params);
}
