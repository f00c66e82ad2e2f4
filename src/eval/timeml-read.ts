// Reader for TimeML (AQUAINT) files, benchmark input only: the creation day, the title, the <TEXT>
// body with its tags stripped, and every TIMEX3 / EVENT as [start, end) offsets into the article
// text we build from it (title line, blank line, body), plus the event–time TLINKs.

export interface TimexSpan {
  tid: string;
  type: string;
  value: string;
  start: number;
  end: number;
  text: string;
}

export interface EventSpan {
  eid: string;
  /** TimeML event class: OCCURRENCE, REPORTING, STATE, I_ACTION… */
  cls: string;
  start: number;
  end: number;
  text: string;
}

export interface EventTimeLink {
  eid: string;
  tid: string;
  relType: string;
}

export interface TimemlDoc {
  docId: string;
  /** The creation day, YYYY-MM-DD. */
  dct: string;
  title: string;
  /** The article text: title, blank line, body (offsets below index into this). */
  text: string;
  timexes: TimexSpan[];
  events: EventSpan[];
  links: EventTimeLink[];
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const decode = (s: string) => s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITIES[e]!);

function attrs(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/(\w+)="([^"]*)"/g)) out[m[1]!] = decode(m[2]!);
  return out;
}

interface Open {
  name: string;
  at: number;
  a: Record<string, string>;
}

/** The body without tags, and the spans of TIMEX3 and EVENT elements, offsets from `base`. */
function stripBody(inner: string, base: number): Pick<TimemlDoc, "timexes" | "events"> & { body: string } {
  let body = "";
  const timexes: TimexSpan[] = [];
  const events: EventSpan[] = [];
  const stack: Open[] = [];
  for (const m of inner.matchAll(/<(\/?)(\w+)([^>]*)>|[^<]+/g)) {
    if (!m[2]) {
      body += decode(m[0]);
      continue;
    }
    if (!m[1]) {
      if (!m[3]!.endsWith("/")) stack.push({ name: m[2], at: body.length, a: attrs(m[3]!) });
      continue;
    }
    const open = stack.pop();
    if (!open || open.name !== m[2]) continue;
    const span = { start: base + open.at, end: base + body.length, text: body.slice(open.at) };
    if (open.name === "TIMEX3")
      timexes.push({ tid: open.a.tid ?? "", type: open.a.type ?? "", value: open.a.value ?? "", ...span });
    else if (open.name === "EVENT") events.push({ eid: open.a.eid ?? "", cls: open.a.class ?? "", ...span });
  }
  return { body, timexes, events };
}

export function readTimeml(docId: string, xml: string): TimemlDoc {
  const dctTag = /<DCT>\s*<TIMEX3([^>]*)>/.exec(xml);
  const dct = (attrs(dctTag?.[1] ?? "").value ?? "").slice(0, 10);
  const title = decode(/<TITLE>([\s\S]*?)<\/TITLE>/.exec(xml)?.[1] ?? "")
    .replace(/\s+/g, " ")
    .trim();
  const inner = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1] ?? "";
  // leading blank lines of the body are dropped so the text is title, one blank line, body
  const lead = /^\s*/.exec(inner)![0].length;
  const head = title ? `${title}\n\n` : "";
  const { body, timexes, events } = stripBody(inner.slice(lead), head.length);
  const eventOf = new Map<string, string>();
  for (const m of xml.matchAll(/<MAKEINSTANCE([^>]*)>/g)) {
    const a = attrs(m[1]!);
    if (a.eiid && a.eventID) eventOf.set(a.eiid, a.eventID);
  }
  const links: EventTimeLink[] = [];
  for (const m of xml.matchAll(/<TLINK([^>]*)>/g)) {
    const a = attrs(m[1]!);
    const ei = a.eventInstanceID ?? a.relatedToEventInstance;
    const tid = a.relatedToTime ?? a.timeID;
    // event–event and time–time links are not about an event's day
    if (!ei || !tid || (a.eventInstanceID && a.relatedToEventInstance) || (a.timeID && a.relatedToTime))
      continue;
    const eid = eventOf.get(ei);
    if (eid) links.push({ eid, tid, relType: a.relType ?? "" });
  }
  return { docId, dct, title, text: `${head}${body.trimEnd()}\n`, timexes, events, links };
}

/** A TIMEX3 value naming one calendar day. */
export const isDayValue = (v: string): boolean => /^\d{4}-\d\d-\d\d$/.test(v);
