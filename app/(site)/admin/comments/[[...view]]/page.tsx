import { adminMetadata, CommentsAdminPage, requestOnlyParams } from "../../../../_routes/comments-admin";

export const metadata = adminMetadata;
export const generateStaticParams = requestOnlyParams;
export default CommentsAdminPage;
