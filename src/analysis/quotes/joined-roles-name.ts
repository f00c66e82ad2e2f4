// `," said BAFS founder and director Elon Trask`, "said Economic and Fiscal Policy Minister Heizo
// Takenaka", "added Hale and Dunn's Sam Rudd", "said Ant and Dec executive producer Sara Lind": an "and" inside a tag's roles or a firm's name
// stops the phrase reader; the name past it speaks. One entry point for the closing-tag rule.

import type { StepSwitches } from "../steps.ts";
import { nameAfterRoleAnd } from "./capital-role-and.ts";
import type { Phrase } from "./phrases.ts";
import { nameAfterAndShowRole } from "./s23-name-switches.ts";
import { bracketFirmPerson } from "./s26b-bracket-firm.ts";
import { portfolioAndName } from "./set32-switches.ts";
import { andFirmPerson } from "./set33-switches.ts";

/** The name past a role or firm joined by "and" to `role`, else null (each reading has its switch). */
export function nameAfterJoinedRoles(role: Phrase, text: string, switches: StepSwitches): Phrase | null {
  return (
    nameAfterRoleAnd(role, text, switches) ??
    portfolioAndName(role, text, switches) ??
    andFirmPerson(role, text, switches) ??
    nameAfterAndShowRole(role, text, switches) ??
    bracketFirmPerson(role, text, switches)
  );
}
