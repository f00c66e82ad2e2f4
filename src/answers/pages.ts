// Paged answers (/quotes, /actors, /sources): which slice a page number means, or why it means
// none. Pages are 1-based; an empty list still has one (empty) page.

export interface PageWindow {
  page: number;
  pages: number;
  from: number;
  to: number;
}

/** The window of `total` items that page `raw` shows, or an error sentence for the user. The
 *  CLI's `--page all` (scripts wanting every item as JSON) is one page of everything; Discord's
 *  integer option can never send it. */
export function pageWindow(
  total: number,
  size: number,
  raw: unknown,
  of = "",
): PageWindow | { error: string } {
  if (raw === "all") return { page: 1, pages: 1, from: 0, to: total };
  const page = typeof raw === "number" ? raw : Number(raw ?? 1);
  if (!Number.isInteger(page) || page < 1) return { error: "The page must be a whole number from 1." };
  const pages = Math.max(1, Math.ceil(total / size));
  if (page > pages) {
    const suffix = of ? ` of ${of}` : "";
    return { error: `There ${pages === 1 ? "is only 1 page" : `are only ${pages} pages`}${suffix}.` };
  }
  return { page, pages, from: (page - 1) * size, to: Math.min(total, page * size) };
}
