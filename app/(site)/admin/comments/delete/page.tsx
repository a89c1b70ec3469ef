import { adminMetadata, confirmLinkPage } from "../../../../_routes/comments-admin";

export const metadata = adminMetadata;
export default confirmLinkPage("delete");
