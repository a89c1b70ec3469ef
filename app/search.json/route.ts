import { readSearchManifest } from "@/lib/search/site-index";

export const dynamic = "force-static";

export function GET() {
  return Response.json(readSearchManifest());
}
