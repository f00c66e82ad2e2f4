import { ORG_NAME_HEADS } from "../../lexicons/organisations.ts";
import { GIVEN_NAMES, NAME_SUFFIXES, PARTICLES_IN_ACTOR_NAMES } from "../../lexicons/person-names.ts";
import { PLACE_STARTS } from "../../lexicons/places.ts";
import { isOn } from "../../steps.ts";
import { addOrg, addPerson, lastPerson, pendingWord } from "../article-actors.ts";
import { appositive, precedingRole, speechNear } from "../cues.ts";
import { knownGivenName } from "../gender.ts";
import { isCommon } from "../vocabulary.ts";
import { monthNameAt, nameShaped } from "../word-classes.ts";
import type { ChunkRule } from "./rule.ts";

/** "Penny Little": a given name of either gender's list opening a plain name (session 34). */
export const GENDERED_GIVEN_NAME_STEP = {
  name: "gendered-given-name",
  doc: "'Penny Little, who monitored the hunt, said': a run opening on a given name of either gender's list is a person, though its words are common ones in the corpus",
};

/** "who presents The Weakest Link tells": no person's name follows a capital "The" mid-sentence (session 35). */
export const TITLE_THE_STEP = {
  name: "title-the-not-person",
  doc: "'Ms Robinson, who presents The Weakest Link tells …': name-shaped words after a capital 'The' inside a sentence are a title's, not a person's",
};

/** "Kristi Noem": two to four name-shaped words, a person unless the context says otherwise. */
export const plainName: ChunkRule = {
  name: "plain-name",
  doc: "two to four name-shaped words: a person (given name, role, appositive, speech verb…)",
  try: ({ st, s, c: n, vocab, postNominal }) => {
    if (
      !(
        n.length <= 4 &&
        n.every(
          (t, i) =>
            nameShaped(t) ||
            monthNameAt(
              n.map((x) => x.text),
              i,
            ),
        ) &&
        !n.some((t) => ORG_NAME_HEADS.has(t.text) || (t.acronym && !NAME_SUFFIXES.has(t.text))) &&
        !/^\p{Lu}$/u.test(n[0]!.text)
      )
    )
      return null;
    // (either gender's list too, for a name whose words are common in the corpus, when a person's
    // clause or verb of saying follows: "Penny Little, who monitored the hunt, said", switch)
    const given =
      GIVEN_NAMES.has(n[0]!.text) ||
      (isOn("actors", GENDERED_GIVEN_NAME_STEP.name, st.switches) &&
        n.length >= 2 &&
        knownGivenName(n[0]!.text) &&
        (speechNear(st.text, n[0]!, n[n.length - 1]!) ||
          /^,\s+who\b/.test(st.text.slice(n[n.length - 1]!.end, n[n.length - 1]!.end + 8))));
    const common = n.some((t) => !PARTICLES_IN_ACTOR_NAMES.has(t.text) && isCommon(t.text, vocab));
    const role = precedingRole(st, s, n[0]!);
    const app = appositive(st.text, n[n.length - 1]!, st.switches);
    const verb = speechNear(st.text, n[0]!, n[n.length - 1]!);
    const placeLike = PLACE_STARTS.has(n[0]!.text) && !given;
    const before = st.text.slice(Math.max(0, n[0]!.start - 24), n[0]!.start);
    // a fictional part, not an actor: "the role of Don Corleone", "played Hannibal Lecter"
    if (
      /\b(?:role|roles|part|character) (?:of|as) $|\b(?:played|plays|playing|portrayed|portraying) $/.test(
        before,
      )
    )
      return true;
    // "Tears of the Sun Willis": people's names do not follow "the"; the last word may be a surname
    // (nor a title's capital "The" mid-sentence: "who presents The Weakest Link tells …", switch)
    const titleThe = isOn("actors", TITLE_THE_STEP.name, st.switches) && /\p{Ll} The $/u.test(before);
    if ((/(?:^|[^\p{L}])the $/u.test(before) || titleThe) && !given && !role && !postNominal) {
      if (n.length === 2 && !isCommon(n[1]!.text, vocab)) pendingWord(st, n.slice(1), null, null);
      return true;
    }
    if (
      !given &&
      !role &&
      !postNominal &&
      /^ (?:said|says) (?:it|its)\b/.test(st.text.slice(n[n.length - 1]!.end, n[n.length - 1]!.end + 14))
    ) {
      addOrg(st, n, false, "name");
      return true;
    }
    if (!placeLike && (given || postNominal || role || app || (!common && verb) || !common)) {
      addPerson(st, n, role, given || postNominal || !!role || !!app, vocab);
      if (app) lastPerson(st)?.descriptions.push(app);
      return true;
    }
    return null;
  },
};
