import { adminMetadata, UnsubscribePage } from "../../../_routes/comments-admin";

export const metadata = { ...adminMetadata, title: "Reply notices" };
export default UnsubscribePage;
