// Analyses are ordered tables of small named rules. Naming each rule lets the scorers switch
// one off and print what it contributes (an ablation table), so a rule that does not pay for
// itself is visible. The bot runs every step; only the scorers pass switches.

/** A rule that works on a shared context (each step adds to or corrects what came before). */
export interface Step<Ctx> {
  readonly name: string;
  /** One line for the ablation table: what the rule does. */
  readonly doc: string;
  readonly run: (ctx: Ctx) => void;
}

/** A rule that proposes an answer; the first step with one wins (e.g. who is the speaker). */
export interface Alternative<In, Out> {
  readonly name: string;
  readonly doc: string;
  readonly try: (input: In) => Out | null;
}

/** Steps switched off, by "<analysis>.<step>" (e.g. "quotes.trailing-tag"). */
export interface StepSwitches {
  readonly off: ReadonlySet<string>;
}

/** Every step on: what the bot runs. */
export const ALL_STEPS: StepSwitches = { off: new Set() };

export function isOn(analysis: string, name: string, switches: StepSwitches): boolean {
  return switches.off.size === 0 || !switches.off.has(`${analysis}.${name}`);
}

/** Runs the steps that are on, in table order. */
export function runSteps<Ctx>(
  analysis: string,
  steps: readonly Step<Ctx>[],
  ctx: Ctx,
  switches: StepSwitches = ALL_STEPS,
): Ctx {
  for (const step of steps) if (isOn(analysis, step.name, switches)) step.run(ctx);
  return ctx;
}

/** The first answer of the alternatives that are on, in table order, or null. */
export function firstOf<In, Out>(
  analysis: string,
  alternatives: readonly Alternative<In, Out>[],
  input: In,
  switches: StepSwitches = ALL_STEPS,
): Out | null {
  for (const alt of alternatives) {
    if (!isOn(analysis, alt.name, switches)) continue;
    const out = alt.try(input);
    if (out !== null) return out;
  }
  return null;
}

/** Switches with exactly these "<analysis>.<step>" names off. */
export function switchOff(...names: string[]): StepSwitches {
  return { off: new Set(names) };
}

/** The "<analysis>.<step>" names of a table, for the scorers' ablation loop. */
export function stepNames(analysis: string, table: readonly { readonly name: string }[]): string[] {
  return table.map((s) => `${analysis}.${s.name}`);
}
