// A snapshot's checksum only proves the file is the one written, not that a writer was honest:
// a crafted file with a valid checksum and a count of 2³¹ paragraphs made every start-up run out
// of memory. Every count and section read from a snapshot is bounded by the snapshot's own
// length here, before anything is allocated from it. The check reads a count per article and per
// paragraph, so it runs as pieces of work (`snapshotBoundsSteps`) on the thread that serves.

interface SectionRef {
  offset: number;
  bytes: number;
}

/** The parts of a snapshot's directory that size what decoding allocates. */
export interface SizedDirectory {
  /** How many articles (their counts: the articleCounts section, np and nq per article). */
  articles: unknown;
  index: { size: unknown; terms: unknown; titles: unknown };
  sections: Record<string, SectionRef | undefined>;
}

const count = (v: unknown): v is number => typeof v === "number" && Number.isSafeInteger(v) && v >= 0;

/** Counts read between two yields of `snapshotBoundsSteps`. */
const PIECE = 1 << 16;

/** Why the directory cannot describe `payload` (the bytes after the directory), or null. */
export function snapshotBoundsProblem(d: SizedDirectory, payload: Buffer): string | null {
  const steps = snapshotBoundsSteps(d, payload);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** `snapshotBoundsProblem` as pieces of work (a yield every PIECE counts read). */
export function* snapshotBoundsSteps(d: SizedDirectory, payload: Buffer): Generator<void, string | null> {
  const section = (name: string, width: number): number | string => {
    const s = d.sections[name];
    if (!s || !count(s.offset) || !count(s.bytes) || s.offset + s.bytes > payload.length)
      return `section ${name} lies outside the file`;
    if (s.bytes % width !== 0) return `section ${name} is not a whole number of entries`;
    return s.bytes / width;
  };
  const sizes: Record<string, number> = {};
  for (const [name, width] of [
    ["articleMeta", 1],
    ["articleCounts", 8],
    ["textBytes", 8],
    ["texts", 1],
    ["paragraphs", 4],
    ["sentences", 4],
    ["passages", 4],
    ["terms", 1],
    ["offsets", 4],
    ["docs", 4],
    ["tfs", 2],
    ["lengths", 2],
    ["titleOffsets", 4],
    ["titleDocs", 4],
    ["titleTfs", 2],
    ["titleLengths", 2],
    ["titleStarts", 4],
  ] as const) {
    const n = section(name, width);
    if (typeof n === "string") return n;
    sizes[name] = n;
  }
  if (d.sections.extras && typeof section("extras", 1) === "string")
    return "section extras lies outside the file";
  if (!count(d.articles) || d.articles !== sizes.articleCounts) return "the article counts do not fit";
  if (d.articles + 1 > sizes.textBytes!) return "more articles than text offsets";
  const counts = d.sections.articleCounts!.offset;
  let paragraphs = 0;
  let passages = 0;
  for (let a = 0; a < d.articles; a++) {
    if (a % PIECE === PIECE - 1) yield;
    paragraphs += payload.readUInt32LE(counts + 8 * a);
    passages += payload.readUInt32LE(counts + 8 * a + 4);
  }
  if (paragraphs * 3 > sizes.paragraphs!) return `${paragraphs} paragraphs do not fit their section`;
  if (passages * 3 > sizes.passages!) return `${passages} passages do not fit their section`;
  // Each paragraph's sentence count is read from the file too: bound their sum.
  const base = d.sections.paragraphs!.offset;
  let sentences = 0;
  for (let p = 0; p < paragraphs; p++) {
    if (p % PIECE === PIECE - 1) yield;
    sentences += payload.readUInt32LE(base + 4 * (3 * p + 2));
  }
  if (sentences * 2 > sizes.sentences!) return `${sentences} sentences do not fit their section`;
  if (!count(d.index.size) || d.index.size > sizes.lengths!) return "the index size does not fit its section";
  if (!count(d.index.terms) || d.index.terms > sizes.terms! + 1)
    return "the term count does not fit its section";
  return yield* titleFieldProblem(d, payload, sizes);
}

/** The headline field: absent (-1), or one length per article, one start more, and first
 *  passages that stay inside the index. */
function* titleFieldProblem(
  d: SizedDirectory,
  payload: Buffer,
  sizes: Record<string, number>,
): Generator<void, string | null> {
  const titles = d.index.titles;
  if (titles === -1) return null;
  if (!count(titles) || titles !== sizes.titleLengths || titles + 1 !== sizes.titleStarts)
    return "the headline count does not fit its sections";
  if (sizes.titleOffsets !== (d.index.terms as number) + 1 || sizes.titleDocs !== sizes.titleTfs)
    return "the headline postings do not fit their sections";
  const base = d.sections.titleStarts!.offset;
  let previous = 0;
  for (let a = 0; a <= titles; a++) {
    if (a % PIECE === PIECE - 1) yield;
    const start = payload.readUInt32LE(base + 4 * a);
    if (start < previous || start > (d.index.size as number))
      return "a headline's passages lie outside the index";
    previous = start;
  }
  return null;
}
