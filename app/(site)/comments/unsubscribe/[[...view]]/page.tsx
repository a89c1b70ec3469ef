import { adminMetadata, requestOnlyParams, UnsubscribePage } from "../../../../_routes/comments-admin";

export const metadata = { ...adminMetadata, title: "Reply notices" };
export const generateStaticParams = requestOnlyParams;
export default UnsubscribePage;
