// `"…", the report found.` in an article whose report no name is given: the report is the latest
// body before it that writes reports (a committee, an inquiry, a commission), not the
// organisation quoted last ("the government said …" between them). Only a bare "the report"
// ("the new report", "the final report"); "the Hale report" is document-author's.

import type { Alternative } from "../steps.ts";
import type { SpeakerInput } from "./speaker-input.ts";
import { at, lastOf } from "./state.ts";
import type { Speaker } from "./types.ts";

/** Heads of bodies that write reports (a table: one entry a head noun). */
const REPORTING_BODIES = new Set([
  "committee",
  "commission",
  "inquiry",
  "panel",
  "watchdog",
  "ombudsman",
  "auditor",
  "institute",
  "think-tank",
]);

const BARE_REPORT = /^(?:the|its|their)\s+(?:(?:new|latest|final|full|interim)\s+)?(?:report|study|review)$/i;

export const REPORT_BODY: Alternative<SpeakerInput, Speaker> = {
  name: "report-of-body",
  doc: '"the report found" after "The select committee …": a bare report is the latest reporting body\'s (committee, inquiry, commission), not the organisation quoted last',
  try: ({ doc, p }) => {
    if (!BARE_REPORT.test(p.text)) return null;
    const body = lastOf(
      doc,
      (h) =>
        h.kind === "organization" &&
        REPORTING_BODIES.has((h.name ?? h.text).split(/\s+/).pop()!.toLowerCase()),
      p.start,
    );
    return body ? at(body, p) : null;
  },
};
