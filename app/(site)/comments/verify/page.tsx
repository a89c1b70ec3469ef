import { adminMetadata, VerifyEmailPage } from "../../../_routes/comments-admin";

export const metadata = { ...adminMetadata, title: "Confirm your e-mail address" };
export default VerifyEmailPage;
