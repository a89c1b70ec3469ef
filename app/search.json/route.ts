import { searchIndexResponse } from "../_routes/search";

export const dynamic = "force-static";

export function GET() {
  return searchIndexResponse(undefined);
}
