// The one way an article's DocNames are built, with the switches that shape its name runs, for
// extract.ts and build.ts alike.
import type { TextLayer } from "../../text/tokens.ts";
import type { Article } from "../../types.ts";
import { isOn, type StepSwitches } from "../steps.ts";
import { CAPS_LINE_SWITCH } from "./caps-line.ts";
import { DocNames } from "./doc-names.ts";
import { MONTH_OPENER_STEP } from "./month-opener.ts";
import { NICKNAME_FULL_NAME_SWITCH } from "./nickname.ts";
import { nicknamedNames } from "./nickname-words.ts";
import { POSSESSOR_NAME_SWITCH } from "./possessor-name.ts";
import { LETTER_SENTENCE_END_SWITCH } from "./set24-switches.ts";

/** The full names (and bracketed abbreviations) of `article`'s body. */
export function docNamesFor(article: Article, layer: TextLayer, switches: StepSwitches): DocNames {
  const names = new DocNames(
    layer,
    article.bodyStart,
    isOn("quotes", LETTER_SENTENCE_END_SWITCH.name, switches),
    isOn("quotes", MONTH_OPENER_STEP.name, switches),
    isOn("quotes", POSSESSOR_NAME_SWITCH.name, switches),
    isOn("quotes", CAPS_LINE_SWITCH.name, switches),
  );
  if (isOn("quotes", NICKNAME_FULL_NAME_SWITCH.name, switches))
    for (const n of nicknamedNames(layer.text, article.bodyStart)) names.addFull(n.name, n.at, n.gender);
  return names;
}
