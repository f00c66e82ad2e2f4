// "CENTR, the Council of European National Top Level Domain Registries, agrees": an acronym set
// before an organisation's name in apposition stands for it even when its letters skip some of the
// name's initials (CENTR for C-E-N-T-L-D-R), as a bracketed "(CENTR)" after the name does.

import { isOn } from "../steps.ts";
import { initials, lettersInOrder } from "./names.ts";
import type { ArticleState, Local } from "./types.ts";

export const APPOSED_ACRONYM_STEP = {
  name: "apposed-acronym",
  doc: "'CENTR, the Council of European National Top Level Domain Registries,': an acronym in apposition to a name whose initials hold its letters in order names that organisation",
};

/** "#ACR" keys for acronyms set in apposition right before an organisation's mention. */
export function apposedAcronyms(st: ArticleState): Map<string, Local> {
  const keys = new Map<string, Local>();
  if (!isOn("actors", APPOSED_ACRONYM_STEP.name, st.switches)) return keys;
  for (const l of st.orgs.values()) {
    if (l.tokens.length < 3) continue;
    const ini = initials(l.tokens.join(" "));
    for (const m of l.mentions) {
      const before = /(?<![\p{L}\p{N}])(\p{Lu}{3,8}), (?:the )?$/u.exec(
        st.text.slice(Math.max(0, m.start - 16), m.start),
      );
      const after = /^,/.test(st.text.slice(m.end, m.end + 1));
      if (before && after && lettersInOrder(before[1]!, ini)) keys.set(`#${before[1]}`, l);
    }
  }
  return keys;
}
