export { linkRequest as POST } from "@/lib/comments/requests";
