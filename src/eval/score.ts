// Scores one question of an eval set (format of eval/dev.jsonl) against the bot's JSON
// answer, so the contract itself is what gets measured.

import { findCommand, primaryOption, runCommand } from "../answers/registry.ts";
import type { Coverage } from "../coverage.ts";
import { toJson } from "../render/json.ts";

export interface EvalQuestion {
  id: string;
  command: string;
  query?: string;
  speaker?: string;
  name?: string;
  docs?: string[];
  describedAs?: string;
  date?: string;
  figure?: string;
  actors?: string[];
  top?: number;
  contains?: string;
  excludes?: string;
  none?: boolean;
  count?: number;
}

export interface EvalOutcome {
  id: string;
  command: string;
  correct: boolean;
  why: string;
}

// biome-ignore lint/suspicious/noExplicitAny: answers are JSON, checked field by field
type Json = Record<string, any>;

const norm = (s: unknown) => String(s ?? "").toLowerCase();
const includesAll = (have: string[], want: string[] | undefined) =>
  (want ?? []).every((w) => have.includes(w));

export function scoreQuestion(coverage: Coverage, q: EvalQuestion): EvalOutcome {
  const def = findCommand(q.command)?.definition;
  const option = def ? primaryOption(def) : undefined;
  const answer = toJson(
    runCommand(coverage, q.command, option && q.query !== undefined ? { [option]: q.query } : {}),
  ) as Json;
  const verdict = (correct: boolean, why: string): EvalOutcome => ({
    id: q.id,
    command: q.command,
    correct,
    why,
  });
  if (answer.error) return verdict(false, `error: ${answer.error}`);
  switch (q.command) {
    case "ask": {
      const results: Json[] = answer.results ?? [];
      if (q.none) return verdict(results.length === 0, `${results.length} results`);
      if (q.excludes && results.some((r) => norm(r.text).includes(norm(q.excludes))))
        return verdict(false, `an excerpt contains "${q.excludes}"`);
      if (q.contains) {
        const top = results.slice(0, q.top ?? 5);
        return verdict(
          top.some((r) => norm(r.text).includes(norm(q.contains))),
          `"${q.contains}" in top ${q.top ?? 5}`,
        );
      }
      return verdict(true, "no excluded text");
    }
    case "sources":
      return verdict((answer.sources ?? []).length === q.count, `${(answer.sources ?? []).length} sources`);
    case "whosaid": {
      const matches: Json[] = answer.matches ?? [];
      if (q.none) return verdict(matches.length === 0, `${matches.length} matches`);
      const m = matches[0];
      if (!m) return verdict(false, "no match");
      const docs = (m.sources ?? []).map((s: Json) => s.docId);
      const ok = norm(m.speaker) === norm(q.speaker) && includesAll(docs, q.docs);
      return verdict(ok, `speaker ${m.speaker}; docs ${docs.join(",")}`);
    }
    case "actor": {
      const a = answer.actor;
      if (q.none) return verdict(a === null, a ? `found ${a.name}` : "none");
      if (!a) return verdict(false, "no actor");
      const described =
        !q.describedAs ||
        (a.descriptions ?? []).some((d: unknown) =>
          norm(typeof d === "string" ? d : (d as Json).text).includes(norm(q.describedAs)),
        );
      const ok = norm(a.name) === norm(q.name) && includesAll(a.documents ?? [], q.docs) && described;
      return verdict(ok, `actor ${a.name}; docs ${(a.documents ?? []).length}; described ${described}`);
    }
    case "event": {
      const events: Json[] = answer.events ?? [];
      if (q.none) return verdict(events.length === 0, `${events.length} events`);
      const e = events[0];
      if (!e) return verdict(false, "no event");
      const figures = (e.figures ?? []).map((f: Json) => String(f.value));
      const ok =
        (!q.date || e.date === q.date) &&
        (!q.figure || figures.includes(q.figure)) &&
        includesAll(e.actors ?? [], q.actors) &&
        includesAll(
          (e.sources ?? []).map((s: Json) => s.docId),
          q.docs,
        );
      return verdict(
        ok,
        `date ${e.date}; figures ${figures.join(",")}; actors ${(e.actors ?? []).join(",")}`,
      );
    }
    default:
      return verdict(false, `no scorer for ${q.command}`);
  }
}

export function parseEvalSet(text: string): EvalQuestion[] {
  return text
    .split(/\r?\n/)
    .filter((l) => l.trim())
    .map((l, i) => {
      try {
        return JSON.parse(l) as EvalQuestion;
      } catch {
        throw new Error(`line ${i + 1} of the eval set is not valid JSON`);
      }
    });
}

export function summarize(
  outcomes: EvalOutcome[],
): Record<string, { correct: number; total: number; share: number }> {
  const out: Record<string, { correct: number; total: number; share: number }> = {};
  for (const o of outcomes) {
    const s = out[o.command] ?? { correct: 0, total: 0, share: 0 };
    out[o.command] = s;
    s.total++;
    if (o.correct) s.correct++;
    s.share = Math.round((s.correct / s.total) * 1000) / 1000;
  }
  return out;
}
