export { loginRequest as POST } from "@/lib/comments/requests";
