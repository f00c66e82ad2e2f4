// What users type is untrusted: mentions, markdown, control characters, huge pastes.
// A query is cleaned to plain words before it is searched or echoed back.

export const MAX_QUERY_CHARS = 300;

export type CleanQuery = { ok: true; text: string } | { ok: false; error: string };

/** Cleans a query; `what` names it in messages ("question", "name"). */
export function cleanQuery(raw: unknown, what = "question"): CleanQuery {
  if (typeof raw !== "string" || raw.trim() === "") return { ok: false, error: `Please give a ${what}.` };
  if (raw.length > MAX_QUERY_CHARS * 4) {
    return {
      ok: false,
      error: `That ${what} is too long (${raw.length} characters); keep it under ${MAX_QUERY_CHARS}.`,
    };
  }
  const text = raw
    .replace(/<@[!&]?\d+>|<#\d+>|<a?:\w+:\d+>/g, " ") // Discord user/role/channel mentions, custom emoji
    .replace(/@(?:everyone|here)\b/gi, " ") // mass pings carry no meaning for a search
    .replace(/\x1b\[[0-9;?]*[A-Za-z]/g, " ") // terminal escape sequences
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069]/g, " ")
    .replace(/[*_~`|>#[\](){}\\]/g, " ") // markdown and regex punctuation carry no meaning here
    .replace(/\s+/g, " ")
    .trim();
  if (text === "") return { ok: false, error: `That ${what} has no words to look for.` };
  if (text.length > MAX_QUERY_CHARS) {
    return {
      ok: false,
      error: `That ${what} is too long (${text.length} characters); keep it under ${MAX_QUERY_CHARS}.`,
    };
  }
  return { ok: true, text };
}
