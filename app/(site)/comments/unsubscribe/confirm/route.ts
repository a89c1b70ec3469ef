export { unsubscribeRequest as POST } from "@/lib/comments/requests";
