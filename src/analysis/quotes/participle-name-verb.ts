// "Tory leader Ann Roe sent Mr Kay his “warmest wishes”, saying: “…”", "Kim Ash sent a letter,
// saying: “…”": the subject a participle takes from the sentence's opening is cut to the name
// before the name's own verb and object, as subject-before and coordination cut it
// (name-verb-object.ts); irregular past forms ("sent", "gave") count as "e-mailed" does before
// a capitalised object (switch "participle-name-before-verb").

/** Irregular past forms that, like a past in -ed, take a named object ("sent Mr Kay"). */
export const IRREGULAR_PAST: ReadonlySet<string> = new Set(
  "sent gave wrote told made took paid met left brought sought thought bought taught won lost beat led rang".split(
    " ",
  ),
);
