// "issuing a statement through Norwood describing the talk as “flattering”", "a letter to Ann
// Vale saying": a name after a preposition of passing words on is where the words went, not the
// subject of the participle after it (name-participle keeps "footage of Ann Vale asking").

import type { Tok } from "./tokens.ts";

/** The switch of this reading (listed in inline-switches.ts for the ablation). */
export const PARTICIPLE_CHANNEL_SWITCH = {
  name: "participle-not-after-channel",
  doc: '"a statement through Norwood describing it as “…”": a name after through/via/to is no subject of the participle',
};

const CHANNEL = /^(?:through|via|to|against)$/;

/** toks[s] opens a name that a preposition of passing words on stands before. */
export const afterChannel = (toks: Tok[], s: number): boolean => CHANNEL.test(toks[s - 1]?.lower ?? "");
