/** The social card of a post (1200×630), rendered to PNG by next/og at build time. */
export const OG_SIZE = { width: 1200, height: 630 };

export function OgCard({ title, date, site, tags }: { title: string; date: string; site: string; tags: string[] }) {
  return (
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: 72,
        background: "#09090b",
        color: "#fafafa",
        fontFamily: "Noto Sans",
        borderLeft: "24px solid #0f766e",
      }}
    >
      <div style={{ display: "flex", fontSize: 32, color: "#5eead4", fontWeight: 700 }}>{site}</div>
      <div style={{ display: "flex", fontSize: title.length > 60 ? 60 : 76, fontWeight: 700, lineHeight: 1.15 }}>{title}</div>
      <div style={{ display: "flex", fontSize: 30, color: "#a1a1aa", gap: 24 }}>
        <span>{date}</span>
        {tags.length > 0 && <span>{tags.slice(0, 4).map((t) => `#${t}`).join("  ")}</span>}
      </div>
    </div>
  );
}
