export { logoutRequest as POST } from "@/lib/comments/requests";
