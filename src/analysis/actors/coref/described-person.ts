// What a description is and whom it takes up ("the 25-year-old Dubliner", "the writer"): by a stated
// age or nationality, by a fronted clause, else the first person named in the sentence before.

import { type Stated, statedIn } from "./attributes.ts";
import { contrastedSubject } from "./contrast.ts";
import { sentIndex } from "./positions.ts";
import { type Cand, type CorefEvent, type CorefRun, sentOf } from "./run.ts";
import { epithetOk } from "./same-epithet.ts";
import { TAIL_TAG } from "./speech-cues.ts";

export const DESCRIPTION_SUBJECT_FIRST_STEP = {
  name: "coref-description-subject-first",
  doc: "'One month after backing Ann Roe, Tom Vale still believes …. “…,” the senator said': a description takes up the subject of the sentence before over a name before it",
} as const;

/** The subject of the sentence before that a "But"-led description turns from, else null. */
function contrastFrom(r: CorefRun, e: CorefEvent): string | null {
  const si = sentIndex(r.inp.sentences, e.at);
  const prev = si > 0 ? r.inp.sentences[si - 1]! : null;
  return contrastedSubject(r.inp.text, r.inp.sentences[si]!.start, e.at, prev, r.recent, r.allObjects);
}

/** A description stating an age or a nationality: the one person named before with that age, else
 *  the person it takes up, never one the article states otherwise of (attributes.ts). */
export function statedPerson(r: CorefRun, e: CorefEvent, para: number): string | null {
  const stated: Stated = r.facts ? statedIn(r.inp.text.slice(e.at, e.end)) : { nation: null, age: null };
  if (!stated.nation && stated.age === null) return backPerson(r, e, para);
  const aged = stated.age === null ? null : r.facts!.ofAge(stated.age);
  if (aged && [...r.recent, ...r.allObjects].some((c) => c.actorId === aged)) return aged;
  // (after an opening "But", not the subject of the sentence before, contrast.ts)
  const turned = r.contrast ? contrastFrom(r, e) : null;
  const ok = epithetOk(r.inp, r.epithet, e, (id) => !r.facts!.contradicts(id, stated) && id !== turned);
  // "When Jo Marr shook his hand …, the Australian said": the person a fronted clause opens on
  const s = sentOf(r.inp, e.at);
  const fronted = FRONTED.test(r.inp.text.slice(s.start, e.at))
    ? [...r.recent, ...r.allObjects].filter((c) => c.at >= s.start).sort((a, b) => a.at - b.at)[0]
    : undefined;
  return fronted && ok(fronted.actorId) ? fronted.actorId : backPerson(r, e, para, ok);
}

/** A sentence opening on a subordinate clause, the description right after its comma. */
const FRONTED = /^(?:When|After|As|While|Although|Though|Once|Having|Before)\s[^,]*(?:,[^,]*)*,\s*$/;

/** The person a description takes up: the first named in the sentence before, else an earlier one. */
export function backPerson(
  r: CorefRun,
  e: CorefEvent,
  para: number,
  ok = (_: string) => true,
): string | null {
  const sents = r.inp.sentences;
  const si = sentIndex(sents, e.at);
  const prev = si > 0 ? sents[si - 1]! : null;
  if (prev && prev.para >= para - 1) {
    // "Nielsen had panicked …, Greer said. The writer said": the reporter of a tag closing the
    // sentence before, not the first person its report names.
    const tag = TAIL_TAG.exec(r.inp.text.slice(prev.start, prev.end));
    const tagAt = tag ? prev.start + tag.index + tag[0].indexOf(tag[1]!) : -1;
    let first: Cand | null = null;
    let subject: Cand | null = null;
    for (const list of [r.recent, r.allObjects])
      for (let h = list.length - 1; h >= 0 && list[h]!.at >= prev.start; h--) {
        const c = list[h]!;
        if (!ok(c.actorId)) continue;
        if (c.at === tagAt) return c.actorId;
        if (c.at < prev.end && (!first || c.at < first.at)) first = c;
        if (list === r.recent && c.at < prev.end && (!subject || c.at < subject.at)) subject = c;
      }
    // ("One month after backing Ann Roe, Tom Vale still believes …. The senator": Vale, the subject)
    if (r.subjectFirst && subject) return subject.actorId;
    if (first) return first.actorId;
  }
  return earlierPerson(r, e, para, ok);
}

/** A description pointing back to someone named in an earlier sentence (not this one's subject). */
function earlierPerson(r: CorefRun, e: CorefEvent, para: number, ok: (id: string) => boolean): string | null {
  const { recent } = r;
  const from = sentOf(r.inp, e.at).start;
  let id: string | null = null;
  for (let h = recent.length - 1; h >= 0 && !id; h--) {
    const c = recent[h]!;
    if (c.para < para - 2) break;
    if (c.speaker && c.at < from && ok(c.actorId)) id = c.actorId;
  }
  for (let h = recent.length - 1; h >= 0 && !id; h--) {
    const c = recent[h]!;
    if (c.para < para - 2) break;
    if (c.at < from && ok(c.actorId)) id = c.actorId;
  }
  return id;
}

/** "the 25-year-old Dubliner": a capitalised noun of a person's origin after an age is a person too. */
export const agedHead = (phrase: string): boolean =>
  /\d+-year-old\s+\p{Lu}\p{Ll}+(?:er|ian|an|ese|i)$/u.test(phrase);
