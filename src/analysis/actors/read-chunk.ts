// One run of capitalised words read as a person, an organisation, a lone word to resolve later,
// or nothing (places, events, products).

import type { NameWord as Token } from "../../text/views.ts";
import { EVENT_HEADS, NEVER } from "../lexicons/not-names.ts";
import { GROUP_NOUNS, ORG_NAME_HEADS } from "../lexicons/organisations.ts";
import { GIVEN_NAMES, NAME_SUFFIXES, PARTICLES_IN_ACTOR_NAMES } from "../lexicons/person-names.ts";
import { DEMONYMS, PLACE_HEADS, PLACE_STARTS, PLACES } from "../lexicons/places.ts";
import { HONORIFICS, POST_NOMINALS, TITLE_HEADS, TITLE_MODIFIERS } from "../lexicons/titles.ts";
import { addOrg, addPerson, knownSurname, lastPerson, pendingWord } from "./article-actors.ts";
import { appositive, atSentenceStart, precedingRole, speechNear } from "./cues.ts";
import { institutionOrDescriptor, knownPhraseAt, nationalBody, orgSpan } from "./organisations.ts";
import { orgInsideTitle, splitTitle } from "./titles.ts";
import type { ArticleState, Sent, Vocab } from "./types.ts";
import { isCommon } from "./vocabulary.ts";
import { COUNTRY_PREFIX, isParticleSurname, nameShaped, span } from "./word-classes.ts";

export function readChunk(st: ArticleState, s: Sent, chunk: Token[], vocab: Vocab) {
  let c = chunk;
  // a model number makes the name a product: "Boeing 737-800", "Airbus A380"
  const tail = chunk[chunk.length - 1]!;
  if (chunk.length <= 2 && /^ [A-Z]?\d{3}(?:-\d+)?\b/.test(st.text.slice(tail.end, tail.end + 10))) return;
  const known = knownPhraseAt(c);
  if (known) {
    addOrg(st, c.slice(known.from, known.to), true, "name");
    if (known.to < c.length) readChunk(st, s, c.slice(known.to), vocab);
    return;
  }
  // Sentence-initial common words are not names ("Yet Trump", "The State Department").
  if (atSentenceStart(s, c[0]!, st.text) || /[:;]\s*["“]?\s*$/.test(st.text.slice(s.start, c[0]!.start))) {
    const f = c[0]!;
    const titled = c.length > 1 && (TITLE_MODIFIERS.has(f.text) || DEMONYMS.has(f.text));
    const surname = knownSurname(st, c);
    if (
      f.cap &&
      !surname &&
      isCommon(f.text, vocab) &&
      !TITLE_HEADS.has(f.text) &&
      !HONORIFICS.has(f.text) &&
      !titled
    ) {
      // a lone common word may still be the surname of someone the article names ("Brown said")
      if (c.length === 1 && !f.possessive) pendingWord(st, c, null, null, true);
      c = c.slice(1);
      while (c.length > 0 && !c[0]!.cap && !PARTICLES_IN_ACTOR_NAMES.has(c[0]!.text)) c = c.slice(1);
    }
  }
  // Headline-style "The" inside: drop leading "The"
  while (c.length > 0 && (c[0]!.text === "The" || c[0]!.text === "A")) c = c.slice(1);
  if (c.length === 0) return;
  let postNominal = false;
  while (c.length > 1 && POST_NOMINALS.has(c[c.length - 1]!.text)) {
    c = c.slice(0, -1);
    postNominal = true;
  }
  const words = c.map((t) => t.text);
  const last = c[c.length - 1]!;
  if (words.includes("&") && words[0] !== "&" && last.text !== "&") {
    addOrg(st, c, true, "name");
    return;
  }
  if (institutionOrDescriptor(st, c, vocab)) return;

  // 1. Title or honorific + name.
  const title = splitTitle(words);
  if (title) {
    const nameToks = c.slice(title.nameFrom);
    const titleToks = c.slice(0, title.titleEnd);
    if (
      nameToks.length === 1 &&
      (isCommon(nameToks[0]!.text, vocab) || TITLE_MODIFIERS.has(nameToks[0]!.text))
    )
      return;
    const description = titleToks.length ? span(st.text, titleToks) : null;
    const descr = description && !HONORIFICS.has(description) ? description : null;
    orgInsideTitle(st, c.slice(0, title.headAt));
    if (
      nameToks.length === 1 ||
      (nameToks.every((t) => PARTICLES_IN_ACTOR_NAMES.has(t.text) || t.cap) && isParticleSurname(nameToks))
    ) {
      pendingWord(st, nameToks, "person", descr ?? precedingRole(st, s, c[0]!));
    } else {
      addPerson(st, nameToks, descr, true, vocab);
      const app = appositive(st.text, last);
      if (app) lastPerson(st)?.descriptions.push(app);
    }
    return;
  }

  // 2. Organisations.
  const org = orgSpan(c, st.text, vocab) ?? nationalBody(c, vocab);
  if (org) {
    addOrg(st, org.tokens, org.strong, org.via);
    return;
  }

  // 3. Lower-case group noun after: "Sinaloa cartel", "Tren de Aragua gang".
  const after = st.text.slice(last.end, last.end + 20);
  const gm = /^ ([a-z]+)/.exec(after);
  if (gm && GROUP_NOUNS.has(gm[1]!) && !last.possessive) {
    const cs = c[0] && DEMONYMS.has(c[0].text) ? c.slice(1) : c;
    if (cs.length >= 2) {
      addOrg(st, cs, true, "name");
      return;
    }
    if (cs.length === 1 && !isCommon(cs[0]!.text, vocab) && !NEVER.has(cs[0]!.text)) {
      const tok = cs[0]!;
      const end = tok.end + 1 + gm[1]!.length;
      const withNoun: Token = { ...tok, text: st.text.slice(tok.start, end), end };
      addOrg(st, [withNoun], true, "name");
      return;
    }
  }

  // 4. Strip a leading demonym or country ("Venezuelan Nicolas Maduro").
  let n = c;
  while (n.length > 1 && (DEMONYMS.has(n[0]!.text) || COUNTRY_PREFIX.has(n[0]!.text))) n = n.slice(1);

  // 5. Places, events and awards are not actors.
  if (
    n.some((t) => PLACES.has(t.text)) ||
    PLACE_HEADS.has(n[n.length - 1]!.text) ||
    EVENT_HEADS.has(n[n.length - 1]!.text)
  ) {
    return;
  }
  if (n.length === 1 || isParticleSurname(n)) {
    const tok = n[0]!;
    if (n.length === 1 && (DEMONYMS.has(tok.text) || NEVER.has(tok.text) || COUNTRY_PREFIX.has(tok.text)))
      return;
    pendingWord(st, n, null, precedingRole(st, s, n[0]!));
    return;
  }

  // 6. A plain name: two to four name-shaped words.
  if (
    n.length <= 4 &&
    n.every((t) => nameShaped(t)) &&
    !n.some((t) => ORG_NAME_HEADS.has(t.text) || (t.acronym && !NAME_SUFFIXES.has(t.text))) &&
    !/^\p{Lu}$/u.test(n[0]!.text)
  ) {
    const given = GIVEN_NAMES.has(n[0]!.text);
    const common = n.some((t) => !PARTICLES_IN_ACTOR_NAMES.has(t.text) && isCommon(t.text, vocab));
    const role = precedingRole(st, s, n[0]!);
    const app = appositive(st.text, n[n.length - 1]!);
    const verb = speechNear(st.text, n[0]!, n[n.length - 1]!);
    const placeLike = PLACE_STARTS.has(n[0]!.text) && !given;
    const before = st.text.slice(Math.max(0, n[0]!.start - 24), n[0]!.start);
    // a fictional part, not an actor: "the role of Don Corleone", "played Hannibal Lecter"
    if (
      /\b(?:role|roles|part|character) (?:of|as) $|\b(?:played|plays|playing|portrayed|portraying) $/.test(
        before,
      )
    )
      return;
    // "Tears of the Sun Willis": people's names do not follow "the"; the last word may be a surname
    if (/(?:^|[^\p{L}])the $/u.test(before) && !given && !role && !postNominal) {
      if (n.length === 2 && !isCommon(n[1]!.text, vocab)) pendingWord(st, n.slice(1), null, null);
      return;
    }
    if (
      !given &&
      !role &&
      !postNominal &&
      /^ (?:said|says) (?:it|its)\b/.test(st.text.slice(n[n.length - 1]!.end, n[n.length - 1]!.end + 14))
    ) {
      addOrg(st, n, false, "name");
      return;
    }
    if (!placeLike && (given || postNominal || role || app || (!common && verb) || !common)) {
      addPerson(st, n, role, given || postNominal || !!role || !!app, vocab);
      if (app) lastPerson(st)?.descriptions.push(app);
      return;
    }
  }
  // Anything else: look for lone known words inside later (not here).
}
