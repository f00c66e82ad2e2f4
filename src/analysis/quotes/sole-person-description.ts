// "Hollywood legend Ann Roe has hit out at … . The star of Two Rivers said …. The 67-year-old also
// said …", "…, said Ann Roe. In her message the party leader said": a definite description of a
// person (a role head that is no office, an age) when the article has named one person only before it is
// that person. With no one else in view there is no one else it can take up; left alone it was
// read as a name from its own words ("Two Rivers") or as an unnamed source.

import { CHIEF_POST_STEP, chiefPost } from "../actors/coref/chief-post.ts";
import { ANONYMOUS_HEADS } from "../lexicons/sources.ts";
import { OFFICE_HEADS, ROLE_HEADS } from "../lexicons/titles.ts";
import { type Alternative, isOn } from "../steps.ts";
import { RECORD_HOLDER_SWITCH } from "./set25-switches.ts";
import type { SpeakerInput } from "./speaker-input.ts";
import { speakerForActor } from "./state.ts";
import type { Speaker } from "./types.ts";

/** "the 67-year-old", "The star of Two Rivers", "the Green Party leader": a person's description. */
function personDescription(text: string, chief: boolean): boolean {
  const core = text.replace(/\s+of\s.*$/, "");
  const ws = core.split(/\s+/);
  if (!/^the$/i.test(ws[0]!) || ws.length < 2 || ws.length > 5) return false;
  const head = ws[ws.length - 1]!;
  // ("the chief medical officer": a post, like an office, session 45)
  if (ANONYMOUS_HEADS.has(head) || (chief && chiefPost(core))) return false;
  // (an office may well be someone the article has not named yet: "the chancellor said")
  if (
    /^\d+-year-old$/.test(head) ||
    (/^\p{Ll}/u.test(head) && ROLE_HEADS.has(head) && !OFFICE_HEADS.has(head))
  )
    return true;
  // "The 41-year-old chart-topper": an age before any lower-case head is a person's (set 14)
  return /^\p{Ll}/u.test(head) && ws.slice(1, -1).some((w) => /^\d+-year-old$/.test(w));
}

export const SOLE_PERSON_DESCRIPTION: Alternative<SpeakerInput, Speaker> = {
  name: "sole-person-description",
  doc: '"The star of Two Rivers said", "the 67-year-old": a person\'s description when the article has named one person only before it',
  try: ({ doc, p }) => {
    // ("the world 100m and 200m record holder": a holder of a record or title is a person, switch)
    const holder =
      /^the\s.*\bholder$/i.test(p.text) && isOn("quotes", RECORD_HOLDER_SWITCH.name, doc.switches);
    const chief = isOn("actors", CHIEF_POST_STEP.name, doc.switches);
    if (!personDescription(p.text, chief) && !holder) return null;
    const ids = new Set<string>();
    for (const m of doc.actors.mentionsIn(doc.article.docId)) {
      if (m.start >= p.start) continue;
      const kind = doc.actors.byId.get(m.actorId)?.kind;
      if (kind === "person") ids.add(m.actorId);
    }
    // (a person named only inside the description, "the star of Ann Roe's film", is another)
    if (ids.size !== 1) return null;
    const [id] = [...ids];
    const inside = doc.actors
      .mentionsIn(doc.article.docId)
      .some((m) => m.start >= p.start && m.end <= p.end && doc.actors.byId.get(m.actorId)?.kind === "person");
    return inside ? null : speakerForActor(doc, id!, p);
  },
};
