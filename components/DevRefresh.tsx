"use client";
import { useRouter } from "next/navigation";
import { useEffect } from "react";

/**
 * Under `npm run dev`, on the not-found page of a post address: asks the
 * server for the page again once a second, for `seconds`, so that a post
 * whose link was followed before the dev server could serve it turns into
 * the post by itself, without a reload. (A content save refreshes the page
 * too; this also covers a request that lost the race with no save after it.)
 */
export function DevRefresh({ seconds = 30 }: { seconds?: number }) {
  const router = useRouter();
  useEffect(() => {
    let left = seconds;
    const timer = setInterval(() => {
      if (--left <= 0) clearInterval(timer);
      router.refresh();
    }, 1000);
    return () => clearInterval(timer);
  }, [router, seconds]);
  return null;
}
