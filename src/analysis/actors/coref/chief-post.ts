// "In the UK, the chief medical officer sought to reassure the public": a "chief … <role>" is a
// post with one holder (an office in all but its head noun), so with no role link it is no one
// the article has just named: a WHO spokesman quoted before is not the chief medical officer.

export const CHIEF_POST_STEP = {
  name: "coref-chief-post",
  doc: "'the chief medical officer' with no role link: a post, not the person just named",
} as const;

const CHIEF = /\bchief\s+(?:[\p{Ll}-]+\s+){0,2}\p{Ll}[\p{Ll}-]*$/u;

/** Is `phrase` a "chief … <role>" post ("the chief medical officer", "the chief inspector")? */
export const chiefPost = (phrase: string): boolean => CHIEF.test(phrase.toLowerCase());
