// Reporting verbs and adjectives whose content is the object of a preposition: "warned of a
// recession", "complained about the fees", "insisted on a recount", "was critical of the deal".
// Each entry: the verb's forms (a stem inflected regularly, or the forms after "|"), then the
// prepositions it takes. Lower case.

/** Verb stem (or "form|form|…") → prepositions after it. */
const VERB_SPEC = `
  warn: of about against; caution: against about; complain: about of; talk: about of;
  speak|speaks|spoke|spoken|speaking: about of on against; write|writes|wrote|written|writing: about of;
  insist: on; comment: on about; refer|refers|referred|referring: to; respond: to; reply|replies|replied|replying: to;
  react: to; point: to; object: to; allude: to; appeal: to; push: for; press: for; advocate: for;
  argue: for against about; lobby: for against; vote: for against;
  side: with; agree: with; disagree: with about; lash: at; weigh: on; boast: about of;
  brag|brags|bragged|bragging: about; joke: about; worry|worries|worried|worrying: about; fret|frets|fretted|fretting: about over;
  muse: about on; reflect: on; elaborate: on; hint: at; learn: of about; ask: about for;
  testify|testifies|testified|testifying: about; tweet: about; open: about; dwell: on; harp: on; vouch: for;
  count: on; rely|relies|relied|relying: on; distance: from; plead: for with; hope: for; pray|prays|prayed|praying: for;
  rant: about against; opine: on about; remark: on about; speculate: about on
`;

/** Adjectives after a copula: "was critical of", "is concerned about". */
const ADJECTIVE_SPEC = `
  critical: of; concerned: about; clear: about on; skeptical: of about; sceptical: of about; supportive: of;
  wary: of about; optimistic: about; pessimistic: about; confident: about of in; happy: about with;
  unhappy: about with; upbeat: about; upset: about with over; angry: about at with over; dismissive: of;
  proud: of; doubtful: about of; open: about; candid: about; vocal: about in; outspoken: about on;
  silent: on about; adamant: about; hopeful: about of; enthusiastic: about; excited: about; afraid: of;
  fearful: of; suspicious: of; leery: of about; noncommittal: on about; emphatic: about; insistent: on;
  cautious: about; frank: about; unequivocal: about; firm: on; unapologetic: about
`;

/** Regular inflections of a stem: "warn" → warn warns warned warning; "advocate" → …ates …ated …ating. */
export function inflect(stem: string): string[] {
  if (stem.includes("|")) return stem.split("|");
  if (stem.endsWith("e")) return [stem, `${stem}s`, `${stem}d`, `${stem.slice(0, -1)}ing`];
  if (/(?:s|sh|ch|x)$/.test(stem)) return [stem, `${stem}es`, `${stem}ed`, `${stem}ing`];
  return [stem, `${stem}s`, `${stem}ed`, `${stem}ing`];
}

function parse(spec: string, forms: (w: string) => string[]): ReadonlyMap<string, ReadonlySet<string>> {
  const out = new Map<string, Set<string>>();
  for (const entry of spec.split(";")) {
    const [head, preps] = entry.split(":").map((s) => s.trim());
    if (!head || !preps) continue;
    for (const f of forms(head)) {
      const set = out.get(f) ?? new Set<string>();
      for (const p of preps.split(/\s+/)) set.add(p);
      out.set(f, set);
    }
  }
  return out;
}

/** Every form of a verb taking its content after a preposition → the prepositions. */
export const PREP_VERBS = parse(VERB_SPEC, inflect);
/** Adjectives taking their content after a preposition (after a copula) → the prepositions. */
export const PREP_ADJECTIVES = parse(ADJECTIVE_SPEC, (w) => [w]);
