// How lexicons are written: a template string of words separated by white space.

/** The words of `spec` as a set. */
export const words = (spec: string): Set<string> => new Set(spec.trim().split(/\s+/));

/** The words of `spec` in order (for spreading into a larger list). */
export const forms = (spec: string): string[] => spec.split(/\s+/).filter(Boolean);
