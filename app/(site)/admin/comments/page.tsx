import { adminMetadata, CommentsAdminPage } from "../../../_routes/comments-admin";

export const metadata = adminMetadata;
export default CommentsAdminPage;
