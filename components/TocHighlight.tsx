"use client";
/**
 * Marks, in the table of contents, the section being read: the last heading
 * that has scrolled past the top of the window. It only sets `aria-current`
 * on links the server rendered; without JavaScript the contents are the same
 * plain list of links.
 */
import { useEffect } from "react";

/** A heading counts as reached once its top is this close to the top of the window. */
const REACHED_PX = 96;

export function TocHighlight({ navId }: { navId: string }) {
  useEffect(() => {
    const nav = document.getElementById(navId);
    if (!nav) return;
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
      window.removeEventListener("scroll", schedule);
      window.removeEventListener("resize", schedule);
    };
  }, [navId]);
  return null;
}
