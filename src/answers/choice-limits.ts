// Discord's autocomplete limits, which the answers' choice lists are cut to. They are Discord's
// numbers (render/limits.ts lists them with the message limits), kept here so the answers layer
// does not import the renderers above it.

export const CHOICE_LIMITS = { choices: 25, choiceName: 100, choiceValue: 100 } as const;
