"use client";
/**
 * Marks, in the table of contents, the section being read: the last heading
 * that has scrolled past the top of the window. It only sets `aria-current`
 * on links the server rendered; without JavaScript the contents are the same
 * plain list of links. From 1280 px, where the contents are a column beside
 * the body, it opens their folded block (absolutely placed: nothing moves).
 */
import { useEffect } from "react";

/** A heading counts as reached once its top is this close to the top of the window (below the sticky header). */
const REACHED_PX = 96;
/** Where the contents become a column beside the body (app/globals.css `.toc`). */
const SIDE_COLUMN = "(width >= 80rem)";

export function TocHighlight({ navId }: { navId: string }) {
  useEffect(() => {
    const nav = document.getElementById(navId);
    if (!nav) return;
    const side = window.matchMedia(SIDE_COLUMN);
    const openBeside = () => {
      const box = nav.querySelector("details");
      if (side.matches && box) box.open = true;
    };
    openBeside();
    side.addEventListener("change", openBeside);
    const links = [...nav.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')];
    const targets = links.map((link) => document.getElementById(decodeURIComponent(link.hash.slice(1))));
    let frame = 0;
    const update = () => {
      frame = 0;
      let current = -1;
      targets.forEach((heading, i) => {
        if (heading && heading.getBoundingClientRect().top <= REACHED_PX) current = i;
      });
      links.forEach((link, i) => {
        if (i === current) link.setAttribute("aria-current", "location");
        else link.removeAttribute("aria-current");
      });
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    update();
    window.addEventListener("scroll", schedule, { passive: true });
    window.addEventListener("resize", schedule);
    return () => {
      cancelAnimationFrame(frame);
      side.removeEventListener("change", openBeside);
      window.removeEventListener("scroll", schedule);
      window.removeEventListener("resize", schedule);
    };
  }, [navId]);
  return null;
}
