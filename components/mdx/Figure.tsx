import type { ComponentPropsWithoutRef } from "react";

/** `<Figure src="images/x.png" alt="…" caption="…" />` */
export function Figure({ caption, ...img }: ComponentPropsWithoutRef<"img"> & { caption?: string }) {
  return (
    <figure>
      {/* eslint-disable-next-line @next/next/no-img-element, jsx-a11y/alt-text -- alt comes from the author */}
      <img {...img} />
      {caption && <figcaption>{caption}</figcaption>}
    </figure>
  );
}
