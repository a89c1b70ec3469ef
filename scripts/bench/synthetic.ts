/**
 * A deterministic synthetic blog for the benchmark: N posts of about 1200
 * words with headings, a list, a fenced code block, a table, one relative
 * image, 3-5 tags from a pool of 60, 1-2 categories, dates over ten years.
 */
import fs from "node:fs";
import path from "node:path";

const WORDS = (
  "system data server cluster node python rust query index cache latency throughput replica shard " +
  "partition stream kafka message queue worker thread process memory disk network packet socket " +
  "config deploy release version build test bench metric graph dashboard alert incident review " +
  "design pattern module function class method interface protocol schema table column row key value " +
  "lock commit rollback journal snapshot backup restore migrate upgrade kernel driver container image " +
  "volume mount service proxy gateway route load balance scale shard consistent hash ring gossip " +
  "vote leader follower election timeout retry backoff circuit breaker window sliding token bucket " +
  "the a of to in and is for on with as by at from that this it be are was were not or but"
).split(" ");
// Real prose draws from a large vocabulary with a Zipf distribution; so does
// this text, so the search index is as large as a real blog's would be.
const SYLLABLES = "ka lo mi ne ru sa te vi zo pa re di no lu ma ti ge bo fa ke".split(" ");
const VOCABULARY = Array.from({ length: 30_000 }, (_, i) => {
  let n = i + 7;
  let word = "";
  do {
    word += SYLLABLES[n % SYLLABLES.length];
    n = Math.floor(n / SYLLABLES.length);
  } while (n > 0);
  return word;
});
const ZIPF_CDF = (() => {
  const weights = VOCABULARY.map((_, i) => 1 / Math.pow(i + 1, 1.07));
  const total = weights.reduce((a, b) => a + b, 0);
  let acc = 0;
  return weights.map((w) => (acc += w / total));
})();

const TAGS = Array.from({ length: 60 }, (_, i) => `topic-${String(i + 1).padStart(2, "0")}`);
const CATEGORIES = ["linux", "databases", "programming", "travel", "hardware", "life"];
const LANGS = ["python", "rust", "bash", "ts", "go", "sql"];

/** mulberry32: a small seeded PRNG, so every run writes the same corpus. */
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// A 64x40 PNG, the same bytes every time.
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAEAAAAAoCAIAAAD/DlFWAAAAOklEQVR4nO3OMQEAAAjDMMC/52ECvqYKmqS2Z3UeAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4WwcwAQHqsnhNAAAAAElFTkSuQmCC",
  "base64",
);

export function writeSyntheticCorpus(dir: string, count: number, seed = 42): void {
  fs.rmSync(dir, { recursive: true, force: true });
  const random = rng(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const zipfWord = () => {
    const r = random();
    let lo = 0;
    let hi = ZIPF_CDF.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ZIPF_CDF[mid] < r) lo = mid + 1;
      else hi = mid;
    }
    return VOCABULARY[lo];
  };
  const sentence = (n: number) => {
    const words = Array.from({ length: n }, () => (random() < 0.45 ? pick(WORDS) : zipfWord()));
    const text = words.join(" ");
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  };
  const paragraph = (words: number) => {
    const out: string[] = [];
    let left = words;
    while (left > 0) {
      const n = Math.min(left, 8 + Math.floor(random() * 12));
      out.push(sentence(n));
      left -= n;
    }
    return out.join(" ");
  };
  const start = Date.UTC(2014, 0, 1);
  const span = 10 * 365 * 24 * 3600 * 1000;
  for (let i = 0; i < count; i++) {
    const date = new Date(start + Math.floor((span * i) / count) + Math.floor(random() * 3600 * 1000));
    const year = String(date.getUTCFullYear());
    const day = date.toISOString().slice(0, 10);
    const folder = path.join(dir, year);
    if (!fs.existsSync(path.join(folder, "images"))) {
      fs.mkdirSync(path.join(folder, "images"), { recursive: true });
      fs.writeFileSync(path.join(folder, "images", "figure.png"), PNG);
    }
    const tags = [...new Set(Array.from({ length: 3 + Math.floor(random() * 3) }, () => pick(TAGS)))];
    const categories = [...new Set(Array.from({ length: 1 + Math.floor(random() * 2) }, () => pick(CATEGORIES)))];
    const title = `${sentence(4 + Math.floor(random() * 5)).slice(0, -1)} ${i + 1}`;
    const lang = pick(LANGS);
    const body = [
      paragraph(90),
      `## ${sentence(3).slice(0, -1)}`,
      paragraph(180),
      `- ${sentence(6)}\n- ${sentence(7)}\n- ${sentence(5)}`,
      paragraph(160),
      `![A figure for post ${i + 1}](images/figure.png)`,
      `## ${sentence(4).slice(0, -1)}`,
      paragraph(200),
      "```" + lang + "\n" + Array.from({ length: 8 }, (_, l) => `value_${l} = compute(${l}, "${pick(WORDS)}")`).join("\n") + "\n```",
      paragraph(170),
      `| name | value | note |\n|---|---|---|\n${Array.from({ length: 4 }, (_, r) => `| ${pick(WORDS)} | ${r * 7} | ${pick(WORDS)} |`).join("\n")}`,
      `### ${sentence(3).slice(0, -1)}`,
      paragraph(190),
      `## ${sentence(2).slice(0, -1)}`,
      paragraph(140),
    ].join("\n\n");
    const frontmatter = [
      "---",
      `title: "${title}"`,
      `date: "${day}"`,
      `categories:\n${categories.map((c) => `  - "${c}"`).join("\n")}`,
      `tags:\n${tags.map((t) => `  - "${t}"`).join("\n")}`,
      "---",
    ].join("\n");
    fs.writeFileSync(path.join(folder, `${day}-synthetic-post-${i + 1}.md`), `${frontmatter}\n\n${body}\n`);
  }
}
