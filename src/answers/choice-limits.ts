// Discord's autocomplete limits, which the answers' choice lists are cut to. Defined here, below
// the renderers, and spread into render/limits.ts's LIMITS with Discord's other numbers.

export const CHOICE_LIMITS = { choices: 25, choiceName: 100, choiceValue: 100 } as const;
