// The data the pipeline passes along: corpus → analysis → answers. Offsets are always
// [start, end) UTF-16 code-unit indices into the article's ORIGINAL file text, so every
// citation slices back to the exact words the source printed.

/** What is known about an article from sources.json or its front matter. Missing = null. */
export interface SourceMeta {
  outlet: string | null;
  title: string | null;
  url: string | null;
  /** Publication day, YYYY-MM-DD. */
  published: string | null;
  byline: string | null;
}

/** A stretch of the original file dropped as not-coverage, and why. */
export interface DroppedSpan {
  start: number;
  end: number;
  reason: string;
  text: string;
}

export interface Sentence {
  start: number;
  end: number;
}

export interface Paragraph {
  start: number;
  end: number;
  sentences: Sentence[];
}

/** The unit of retrieval and citation: one to a few sentences within one paragraph. */
export interface Passage {
  /** `<docId>:<n>`, n counting from 0 in document order. */
  id: string;
  docId: string;
  /** Index of the paragraph in the article's kept paragraphs. */
  paragraph: number;
  start: number;
  end: number;
  /** Exactly `article.text.slice(start, end)`. */
  text: string;
}

export interface Article {
  /** The file name without extension (path below the corpus folder, with `/`, for subfolders). */
  docId: string;
  /** Path relative to the corpus folder. */
  file: string;
  /** The original file text, byte-for-byte decoded as UTF-8 (front matter included). */
  text: string;
  meta: SourceMeta;
  /** A title fit for display: the metadata title, else one derived from the text. */
  displayTitle: string;
  /** Offset where the body starts (after front matter). */
  bodyStart: number;
  paragraphs: Paragraph[];
  passages: Passage[];
  dropped: DroppedSpan[];
}

/** A file the loader could not use, and why, in words a person understands. */
export interface CorpusWarning {
  file: string;
  reason: string;
}

export interface Corpus {
  dir: string;
  articles: Article[];
  warnings: CorpusWarning[];
}

/** One place a claim is cited from. */
export interface SourceRef {
  docId: string;
  passageId: string;
  outlet: string | null;
  url: string | null;
  published: string | null;
  start: number;
  end: number;
}

export type ActorKind = "person" | "organization";

/** A name or description of an actor as one article wrote it. */
export interface AliasSeen {
  text: string;
  docIds: string[];
}

/** One real person or organisation, canonical across the coverage. */
export interface Actor {
  /** Stable key, e.g. `person:marco-rubio`. */
  id: string;
  name: string;
  kind: ActorKind;
  aliases: AliasSeen[];
  /** Roles and descriptions ("Secretary of State", "Mexican President"). */
  descriptions: AliasSeen[];
  documents: string[];
  mentions: number;
}

/** A place in the text where an actor is named (or referred to by pronoun/role). */
export interface Mention {
  actorId: string;
  docId: string;
  start: number;
  end: number;
  /** The words used at this place. */
  text: string;
  via: "name" | "surname" | "acronym" | "alias" | "pronoun" | "role";
  /**
   * For a pronoun: every actor of a compatible gender it could refer to, the chosen one first,
   * then the others from the most recent (for callers with their own tie-break).
   */
  candidates?: readonly string[];
}

/** "reported": reported speech ("X said the plan failed"), the article's words, not the speaker's. */
export type QuoteKind = "statement" | "term" | "reported";

export interface Quote {
  id: string;
  docId: string;
  passageId: string;
  /** The quoted words, without the quotation marks. */
  text: string;
  start: number;
  end: number;
  kind: QuoteKind;
  /** Canonical actor id of the speaker, or null when the article does not say. */
  speakerId: string | null;
  /** The words naming the speaker in this article ("he", "the department", "Rubio"). */
  speakerText: string | null;
  /** The reporting cue ("said", "wrote", "according to"). */
  cue: string | null;
  /** Display name of the speaker: the actor's canonical name, else the article's words. */
  speakerName?: string | null;
  /** Person, organisation, or an unnamed source ("a senior official"). */
  speakerKind?: "person" | "organization" | "unnamed" | null;
}

export interface Figure {
  value: string;
  unit: string | null;
  text: string;
  /** Every sentence that printed this figure (events). */
  sources?: SourceRef[];
}

/** Outlets disagreeing on an event's day or a figure: every value, with who printed it. */
export interface EventConflict {
  field: "date" | "figure";
  /** For figures: what is counted ("killed", "troops"). */
  unit?: string | null;
  values: Array<{ value: string; text: string | null; sources: SourceRef[] }>;
}

export interface CoverageEvent {
  id: string;
  label: string;
  kind: string;
  /** Resolved day YYYY-MM-DD, or null when the text does not allow it. */
  date: string | null;
  /** The article's own words for the time ("on Tuesday"). */
  dateText: string | null;
  places: string[];
  /** Canonical actor names. */
  actors: string[];
  figures: Figure[];
  sources: SourceRef[];
  /** "planned" when every mention looks ahead ("will meet on Thursday"). */
  status?: "reported" | "planned";
  /** How the day was found: its sentence, an earlier mention, "one day after <event>", or context. */
  dateBasis?: "sentence" | "coreference" | "relative" | "context" | "announced" | null;
  /** Where outlets disagree on the day or a figure, every value with its sources. */
  conflicts?: EventConflict[];
}

/** The actors of a corpus and where each is mentioned: shared by quotes, /actor and events. */
export interface ActorModel {
  actors: Actor[];
  byId: ReadonlyMap<string, Actor>;
  /** The actor a typed name refers to (any alias; case- and diacritic-insensitive), or null. */
  resolve(name: string): Actor | null;
  /** Mentions in one article, in text order (names, surnames, acronyms, roles, pronouns). */
  mentionsIn(docId: string): readonly Mention[];
  /** `mentionsIn(docId)[i]`, without making an article's other mentions (a stored model makes
   *  Mention objects when asked). */
  mentionIn?(docId: string, i: number): Mention | undefined;
  /** The mention covering [start, end) in an article, if any (the longest one). */
  mentionAt(docId: string, start: number, end: number): Mention | null;
  /** A person's grammatical gender in one article (honorific, given name, or its own pronouns). */
  genderOf?(docId: string, actorId: string): "male" | "female" | "any";
}
