// Discord's documented message limits, in one place, and helpers that keep text inside them.
// The autocomplete numbers live with the answers that cut their choice lists to them.
import { CHOICE_LIMITS } from "../answers/choice-limits.ts";

export const LIMITS = {
  content: 2000,
  embeds: 10,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  author: 256,
  embedTotal: 6000,
  actionRows: 5,
  buttonsPerRow: 5,
  buttonLabel: 80,
  customId: 100,
  ...CHOICE_LIMITS,
  commandName: 32,
  commandDescription: 100,
  options: 25,
} as const;

/** Cuts text to `max` characters at a word boundary, with an ellipsis. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const sp = cut.lastIndexOf(" ");
  return `${sp > max * 0.6 ? cut.slice(0, sp) : cut}…`;
}

/** Total characters Discord counts against the 6000 limit across a message's embeds. */
export function embedChars(e: {
  title?: string;
  description?: string;
  fields?: Array<{ name: string; value: string }>;
  footer?: { text: string };
  author?: { name: string };
}): number {
  return (
    (e.title?.length ?? 0) +
    (e.description?.length ?? 0) +
    (e.footer?.text.length ?? 0) +
    (e.author?.name.length ?? 0) +
    (e.fields ?? []).reduce((s, f) => s + f.name.length + f.value.length, 0)
  );
}

interface MessageLike {
  content?: string;
  embeds?: Array<{
    title?: string;
    description?: string;
    fields?: Array<{ name: string; value: string }>;
    footer?: { text: string };
    author?: { name: string };
  }>;
  components?: ReadonlyArray<{ components: ReadonlyArray<unknown> }>;
}

/** Every way a message breaks Discord's limits, in words; empty when it fits. */
export function limitViolations(m: MessageLike): string[] {
  const v: string[] = [];
  const over = (what: string, n: number, max: number) => n > max && v.push(`${what} is ${n} > ${max}`);
  over("content", m.content?.length ?? 0, LIMITS.content);
  const embeds = m.embeds ?? [];
  over("embeds", embeds.length, LIMITS.embeds);
  embeds.forEach((e, i) => {
    over(`embed ${i} title`, e.title?.length ?? 0, LIMITS.embedTitle);
    over(`embed ${i} description`, e.description?.length ?? 0, LIMITS.embedDescription);
    over(`embed ${i} fields`, e.fields?.length ?? 0, LIMITS.embedFields);
    over(`embed ${i} footer`, e.footer?.text.length ?? 0, LIMITS.footer);
    over(`embed ${i} author`, e.author?.name.length ?? 0, LIMITS.author);
    for (const f of e.fields ?? []) {
      over(`embed ${i} field name`, f.name.length, LIMITS.fieldName);
      over(`embed ${i} field value`, f.value.length, LIMITS.fieldValue);
      if (f.name.length === 0 || f.value.length === 0) v.push(`embed ${i} has an empty field`);
    }
  });
  over(
    "all embeds",
    embeds.reduce((s, e) => s + embedChars(e), 0),
    LIMITS.embedTotal,
  );
  const rows = m.components ?? [];
  over("action rows", rows.length, LIMITS.actionRows);
  for (const r of rows) {
    over("buttons in a row", r.components.length, LIMITS.buttonsPerRow);
    for (const c of r.components) {
      const b = c as { label?: string; custom_id?: string };
      over("button label", b.label?.length ?? 0, LIMITS.buttonLabel);
      over("custom_id", b.custom_id?.length ?? 0, LIMITS.customId);
    }
  }
  return v;
}
