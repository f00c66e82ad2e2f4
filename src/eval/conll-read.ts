// Reader for CoNLL-2003 (benchmark input only): `word POS chunk tag` per line, IOB1 tags, stories
// split by `-DOCSTART-`, sentences by blank lines. Each story becomes article text (headline on the
// first line, then one paragraph per sentence) and its gold PER/ORG strings.

export type ConllTag = "PER" | "ORG" | "LOC" | "MISC";

export interface ConllEntity {
  text: string;
  tag: ConllTag;
}

export interface ConllStory {
  /** 0-based position of the story in the file. */
  index: number;
  /** Tokens of each sentence; the first sentence is the headline. */
  sentences: string[][];
  /** The IOB1 tag of each token of each sentence (training the tagger reads them). */
  tags: string[][];
  /** Every entity in story order (duplicates kept). */
  entities: ConllEntity[];
  /** A YYYY-MM-DD token of the dateline ("BRUSSELS 1996-08-22"), if any. */
  date: string | null;
}

function entitiesOf(tokens: string[], tags: string[]): ConllEntity[] {
  const out: ConllEntity[] = [];
  let cur: { words: string[]; tag: ConllTag } | null = null;
  const close = () => {
    if (cur) out.push({ text: detokenize(cur.words), tag: cur.tag });
    cur = null;
  };
  tags.forEach((t, i) => {
    if (t === "O") {
      close();
      return;
    }
    const [bio, type] = t.split("-") as [string, ConllTag];
    // IOB1: B- only starts a new entity right after one of the same type
    if (!cur || cur.tag !== type || bio === "B") {
      close();
      cur = { words: [], tag: type };
    }
    cur.words.push(tokens[i]!);
  });
  close();
  return out;
}

export function readConll(text: string): ConllStory[] {
  const stories: ConllStory[] = [];
  let sentences: string[][] = [];
  let storyTags: string[][] = [];
  let entities: ConllEntity[] = [];
  let tokens: string[] = [];
  let tags: string[] = [];
  const endSentence = () => {
    if (tokens.length) {
      sentences.push(tokens);
      storyTags.push(tags);
      entities.push(...entitiesOf(tokens, tags));
    }
    tokens = [];
    tags = [];
  };
  const endStory = () => {
    endSentence();
    if (sentences.length) {
      const date =
        sentences
          .slice(1, 4)
          .flat()
          .find((w) => /^\d{4}-\d\d-\d\d$/.test(w)) ?? null;
      stories.push({ index: stories.length, sentences, tags: storyTags, entities, date });
    }
    sentences = [];
    storyTags = [];
    entities = [];
  };
  for (const line of text.split(/\r?\n/)) {
    if (line.startsWith("-DOCSTART-")) endStory();
    else if (!line.trim()) endSentence();
    else {
      const cols = line.split(" ");
      tokens.push(cols[0]!);
      tags.push(cols[cols.length - 1]!);
    }
  }
  endStory();
  return stories;
}

const NO_SPACE_BEFORE = /^(?:[.,;:!?%)\]}]|'s|'S|n't|N'T|'re|'ve|'ll|'d|'m|'RE|'VE|'LL|'D|'M|\.\.\.)$/;
const NO_SPACE_AFTER = /^[([{$]$/;

/** Tokens → text: no space before punctuation, contractions rejoined, `"` paired open/close. */
export function detokenize(tokens: readonly string[]): string {
  return detokenizeSpans(tokens).text;
}

/** detokenize, with where each token landed in the text. */
export function detokenizeSpans(tokens: readonly string[]): { text: string; starts: number[] } {
  const starts: number[] = [];
  let out = "";
  let quoteOpen = false;
  let glueNext = false;
  tokens.forEach((t, i) => {
    let space = out.length > 0 && !glueNext;
    glueNext = false;
    if (t === '"') {
      // a quote ending a sentence closes one opened in an earlier sentence; one starting it opens
      const closing = i === tokens.length - 1 || (i > 0 && quoteOpen);
      if (closing) space = false;
      else glueNext = true;
      quoteOpen = !closing;
    } else if (NO_SPACE_BEFORE.test(t)) space = false;
    if (NO_SPACE_AFTER.test(t)) glueNext = true;
    out += space ? " " : "";
    starts.push(out.length);
    out += t;
  });
  return { text: out, starts };
}

/** The story as an article file: the headline line, a blank line, then a paragraph per sentence. */
export function storyText(story: ConllStory): string {
  return `${story.sentences.map(detokenize).join("\n\n")}\n`;
}

export function headlineOf(story: ConllStory): string {
  return detokenize(story.sentences[0] ?? []);
}

/** The distinct gold strings of one type, in first-seen order. */
export function goldOf(story: ConllStory, tag: ConllTag): string[] {
  return [...new Set(story.entities.filter((e) => e.tag === tag).map((e) => e.text))];
}

const SPORTS =
  /^(?:SOCCER|CRICKET|TENNIS|GOLF|BASEBALL|BASKETBALL|RUGBY(?: UNION| LEAGUE)?|ATHLETICS|CYCLING|BOXING|MOTOR RACING|MOTORCYCLING|HORSE RACING|ICE HOCKEY|NHL|NBA|NFL|AMERICAN FOOTBALL|AUSTRALIAN RULES|SKIING|ALPINE SKIING|SWIMMING|FORMULA ONE|OLYMPICS|BADMINTON|SQUASH|ROWING|YACHTING|SAILING|VOLLEYBALL|HANDBALL|TRIATHLON|JUDO|WRESTLING|SPEEDWAY|SNOOKER|HOCKEY|GYMNASTICS|CANOEING|FENCING|SPEED SKATING|FIGURE SKATING|EQUESTRIANISM|RALLYING|MOTOCROSS|SPORT|SPORTS)\s*-/i;

/** Sports stories: the headline starts with a sport's name and a dash ("SOCCER - ...", "Tennis - ..."). */
export function isSports(story: ConllStory): boolean {
  return SPORTS.test(headlineOf(story));
}
