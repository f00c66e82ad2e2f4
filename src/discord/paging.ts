// Pagination buttons for paged answers (an answer with numeric `page` and `pages`). The button
// carries everything needed to rebuild the page — `page:<command>:<userId>:<page>:<query>` — so
// no state is kept between the answer and the click, and any process (gateway or one of N HTTP
// servers behind a load balancer) can serve the click.

import {
  type APIActionRowComponent,
  type APIButtonComponent,
  ButtonStyle,
  ComponentType,
} from "discord-api-types/v10";
import { LIMITS } from "../render/limits.ts";

export const PAGE_PREFIX = "page";

export interface PageRef {
  command: string;
  userId: string;
  page: number;
  query: string;
}

/** The custom_id of a button that opens `page`; null when it cannot fit Discord's 100 characters
 * (a long query is never truncated: a truncated query would page through a different answer). */
export function pageCustomId(command: string, userId: string, page: number, query: string): string | null {
  const id = `${PAGE_PREFIX}:${command}:${userId}:${page}:${query}`;
  return id.length <= LIMITS.customId ? id : null;
}

/** Parses a page button's custom_id; null for anything else. The query may itself contain ':'. */
export function parsePageId(customId: string): PageRef | null {
  const m = /^page:([-_\p{L}\p{N}]{1,32}):(\d{1,21}):(\d{1,6}):(.*)$/su.exec(customId);
  if (!m) return null;
  return { command: m[1]!, userId: m[2]!, page: Number(m[3]), query: m[4]! };
}

/**
 * One action row: "◀ Previous" (absent on page 1), a disabled "page / pages" marker and
 * "Next ▶" (absent on the last page). Pages are 1-based. Null when there is nothing to turn
 * (one page) or the query is too long for a custom_id.
 */
export function pageButtons(
  command: string,
  userId: string,
  page: number,
  pages: number,
  query: string,
): APIActionRowComponent<APIButtonComponent> | null {
  if (!Number.isInteger(pages) || pages < 2) return null;
  const current = Math.min(Math.max(1, Math.trunc(page)), pages);
  const here = pageCustomId(command, userId, current, query);
  if (!here) return null;
  const buttons: APIButtonComponent[] = [];
  if (current > 1) {
    buttons.push({
      type: ComponentType.Button,
      style: ButtonStyle.Secondary,
      label: "◀ Previous",
      custom_id: pageCustomId(command, userId, current - 1, query)!,
    });
  }
  buttons.push({
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    label: `${current} / ${pages}`,
    custom_id: here,
    disabled: true,
  });
  if (current < pages) {
    const next = pageCustomId(command, userId, current + 1, query);
    if (!next) return null;
    buttons.push({
      type: ComponentType.Button,
      style: ButtonStyle.Primary,
      label: "Next ▶",
      custom_id: next,
    });
  }
  return { type: ComponentType.ActionRow, components: buttons };
}
