// The committed weights (weights.bin, written by src/eval/ner-train.ts from CoNLL-2003 eng.train),
// read once, on first use: start-up pays for them only when an article is analysed.

import { readFileSync } from "node:fs";
import { programFile } from "../../program-files.ts";
import { decodeModel, type NerModel } from "./model.ts";

let model: NerModel | null = null;

/** The trained tagger model (loaded on the first call). */
export function nerModel(): NerModel {
  model ??= decodeModel(readFileSync(programFile("analysis/ner/weights.bin")));
  return model;
}
