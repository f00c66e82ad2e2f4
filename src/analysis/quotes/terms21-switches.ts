// Switches of the speaker classes found on the BBC terms study set (session 21; one list for
// inline-switches.ts). Each class's rule lives in its own module, named in the switch's comment.

/** "Norway's trade minister has said the region faced “deep trouble” …. Lars Hoff said …": a role
 *  the model names no one by is the person the next sentence introduces, bare, as its speaking
 *  subject (role-named-next.ts). */
export const ROLE_NAMED_NEXT_SWITCH = {
  name: "role-named-next",
  doc: "\"Norway's trade minister has said … “deep trouble” …. Lars Hoff said …\": an unnamed role is the person first named, bare, as the next sentence's speaking subject",
};

/** "Shares in Calder Airlines have fallen …. the airline warned of “…”": a definite organisation
 *  noun is the organisation named before whose name ends in it (org-name-head.ts). */
export const ORG_NAME_HEAD_SWITCH = {
  name: "org-name-head",
  doc: '"Shares in Calder Airlines fell …. the airline warned of “…”": the organisation named before whose name ends in the noun',
};

/** "pressure from exporter organisations which have publicly stated … “…”": a which-clause's verb of
 *  saying is its plural organisations' (which-group.ts). */
export const WHICH_GROUP_SWITCH = {
  name: "which-group-subject",
  doc: '"pressure from exporter organisations which have stated … “…”": the plural organisations before "which", not the main subject',
};

/** `what is known as the "one time, last time" rule`, `or "river of golden sand" as the upper reaches
 *  are known`: a name marked by "known as" with an article, or by "as … is known" after it, is no
 *  one's words (known-as-more.ts). */
export const KNOWN_AS_MORE_SWITCH = {
  name: "known-as-more",
  doc: '`known as the "one time" rule`, `"river of sand" as the upper reaches are known`: a name, no one\'s words',
};

/** "Pixel Arts Ventures has not ruled it out. It also plans to develop a “global play concept”": a
 *  term after "It" and a verb of intent is the organisation the sentence before opens on (it-intent.ts). */
export const IT_INTENT_SWITCH = {
  name: "it-intent-term",
  doc: '"Pixel Arts has not ruled it out. It also plans to develop a “global play concept”": the organisation the sentence before opens on',
};

/** The inline switches of the terms set's classes, for the ablation (org-name-head and
 *  which-group-subject are steps of their rule tables, listed there). */
export const TERMS21_SWITCHES = [ROLE_NAMED_NEXT_SWITCH, KNOWN_AS_MORE_SWITCH, IT_INTENT_SWITCH];
