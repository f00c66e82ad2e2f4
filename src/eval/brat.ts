// A reader for brat standoff annotations (.ann): `T` lines are typed spans with character
// offsets into the article text (discontinuous spans join fragments with ";"), `E` lines tie
// spans into an event by role ("Attribution:T4 Content:T3 Cue:T2 Source:T1"). The span text is
// sliced from the article itself, never taken from the .ann line: brat writes a multi-line span's
// text across several lines, which a line reader would misread.

export interface BratSpan {
  id: string;
  type: string;
  /** [start, end) fragments, in file order. */
  fragments: Array<[number, number]>;
  /** First fragment's start and last fragment's end. */
  start: number;
  end: number;
  /** The fragments' text from the article, joined by one space. */
  text: string;
}

export interface BratEvent {
  id: string;
  /** The trigger's type ("Attribution", "Attribution-no-source"). */
  type: string;
  /** Role name ("Source", "Cue", "Content", "Content2") → span ids. */
  args: Map<string, string[]>;
}

export interface BratDoc {
  spans: Map<string, BratSpan>;
  events: BratEvent[];
}

const T_LINE = /^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)(?:\t|$)/;
const E_LINE = /^(E\d+)\t(.+)$/;

/** Reads an .ann file against its article text. Lines of other kinds (notes, continuations) are skipped. */
export function parseBrat(ann: string, text: string): BratDoc {
  const spans = new Map<string, BratSpan>();
  const events: BratEvent[] = [];
  for (const line of ann.split(/\r?\n/)) {
    const t = T_LINE.exec(line);
    if (t) {
      const fragments = t[3]!.split(";").map((f) => {
        const [s, e] = f.split(" ").map(Number) as [number, number];
        return [s, e] as [number, number];
      });
      spans.set(t[1]!, {
        id: t[1]!,
        type: t[2]!,
        fragments,
        start: fragments[0]![0],
        end: fragments[fragments.length - 1]![1],
        text: fragments.map(([s, e]) => text.slice(s, e)).join(" "),
      });
      continue;
    }
    const e = E_LINE.exec(line);
    if (!e) continue;
    const [trigger, ...rest] = e[2]!.trim().split(/\s+/);
    const args = new Map<string, string[]>();
    for (const a of rest) {
      const [role, id] = a.split(":");
      if (!role || !id) continue;
      args.set(role, [...(args.get(role) ?? []), id]);
    }
    events.push({ id: e[1]!, type: trigger!.split(":")[0]!, args });
  }
  return { spans, events };
}
