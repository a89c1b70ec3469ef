export { verifyRequest as POST } from "@/lib/comments/requests";
