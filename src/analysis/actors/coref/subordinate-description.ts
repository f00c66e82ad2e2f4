// "Frank Capra was the butt of one gaffe in 1934 when the host opened the envelope": a description
// (no office) opening a subordinate clause of a sentence that opens on a named person is someone
// the article brings in, neither that person (a full noun phrase does not stand for the subject
// of its own sentence) nor one named before, so it stays a description (session 33, BBC study
// set 53). Offices ("the prime minister") keep their holder.

import type { Actor, Mention } from "../../../types.ts";
import { SUBORDINATOR_BEFORE } from "../../lexicons/clauses.ts";
import { OFFICE_HEADS } from "../../lexicons/titles.ts";
import { isOn, type StepSwitches } from "../../steps.ts";
import { sentIndex } from "./positions.ts";

export const SUBORDINATE_DESCRIPTION_STEP = {
  name: "coref-subordinate-description",
  doc: "'Frank Capra was the butt of a gaffe when the host opened …': a description opening a subordinate clause after a named subject stays a description",
};

const LEAD = /^(?:(?:But|And|Yet|So|Now|Then)\s+)?/;

interface Inp {
  text: string;
  sentences: ReadonlyArray<{ start: number; end: number }>;
  named: readonly Mention[];
  byId: ReadonlyMap<string, Actor>;
}

/** The events coreference resolves: he/she (with `pronouns`), role descriptions (with `roles`)
 *  but those this step leaves descriptions. */
export function liveEvents<E extends { at: number; end: number; kind: string }>(
  events: E[],
  inp: Inp,
  switches: StepSwitches,
  pronouns: boolean,
  roles: boolean,
): E[] {
  const step = isOn("actors", SUBORDINATE_DESCRIPTION_STEP.name, switches);
  return events.filter((e) =>
    e.kind === "pronoun" ? pronouns : roles && !(step && subordinateDescription(inp, e.at, e.end)),
  );
}

function subordinateDescription(inp: Inp, at: number, end: number): boolean {
  const head = /(\p{Ll}+)$/u.exec(inp.text.slice(at, end))?.[1] ?? "";
  if (OFFICE_HEADS.has(head)) return false;
  const s = inp.sentences[sentIndex(inp.sentences, at)];
  if (!s || at >= s.end || !SUBORDINATOR_BEFORE.test(inp.text.slice(Math.max(s.start, at - 16), at)))
    return false;
  const lead = s.start + LEAD.exec(inp.text.slice(s.start, at))![0].length;
  return inp.named.some((m) => m.start === lead && inp.byId.get(m.actorId)?.kind === "person");
}
