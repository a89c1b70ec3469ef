export { actionRequest as POST } from "@/lib/comments/requests";
