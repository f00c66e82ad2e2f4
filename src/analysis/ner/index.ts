// A learned name tagger (averaged perceptron, BIO over PER/ORG/LOC/MISC) run on an article's text
// layer: what the actor model asks where its rules have no opinion (see actors/ner-steps.ts).

import type { TextLayer } from "../../text/tokens.ts";
import { compileTagger } from "./compiled.ts";
import { type NerSpan, spansOf, tagLayer } from "./tag-layer.ts";
import { nerModel } from "./weights.ts";

export type { NerSpan, NerType } from "./tag-layer.ts";

/** The names the tagger finds in the layer, in text order. */
export function nerSpans(layer: TextLayer): NerSpan[] {
  return spansOf(layer, tagLayer(layer, nerModel()));
}

/** Lets go of the words the tagger cached while reading a corpus (kept only during a build). */
export function forgetTaggedWords(): void {
  compileTagger(nerModel()).forgetWords();
}

/** Compiles the tagger ahead of its first sentence (a second thread does it while it waits for work). */
export function warmTagger(): void {
  compileTagger(nerModel());
}
