import { NotFoundView } from "../_routes/not-found";
import { site } from "@/site.config";

export const metadata = { title: "Page not found", robots: { index: false } };

export default function NotFound() {
  return <NotFoundView lang={site.language} />;
}
