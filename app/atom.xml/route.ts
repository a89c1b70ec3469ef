import { feedResponse } from "@/lib/feed-routes";

export const dynamic = "force-static";

export function GET() {
  return feedResponse("atom");
}
