// What the quote pipeline hands out (QuoteFound) and what it knows about a speaker on the way.

import type { Quote } from "../../types.ts";

export type SpeakerKind = "person" | "organization" | "unnamed";

/** A quotation with what the extractor knows beyond the shared Quote fields. */
export interface QuoteFound extends Quote {
  /** Canonical display name: the actor's name, else the article's fullest name, else speakerText. */
  speakerName: string | null;
  speakerKind: SpeakerKind | null;
  /** How the speaker was found: at the quote's own cue, or from context. */
  via: "cue" | "split" | "continuation" | "context" | null;
  /**
   * The organisation the speaker speaks for, when the article says ("a spokesperson for the Calder
   * Water Authority", "the Harbour Trust's spokeswoman, Wren Atallah"): its canonical name and actor id.
   */
  speakerOrg?: string | null;
  speakerOrgId?: string | null;
}
export interface Speaker {
  text: string;
  start: number;
  end: number;
  /** Canonical id (ActorModel) or null. */
  id: string | null;
  name: string | null;
  kind: SpeakerKind;
  gender: "male" | "female" | "any" | "plural";
  /** Paragraph of the mention, and whether it is the subject of a speech verb (history). */
  para?: number;
  speaker?: boolean;
  /** The organisation the speaker speaks for (speaker-org.ts). */
  org?: { id: string | null; name: string };
}
