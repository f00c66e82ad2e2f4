// The model's lookups over its plain data, and how it travels in the snapshot: one opaque byte
// block, decoded on first use (warmActors forces it).

import v8 from "node:v8";
import { foldKey } from "../../text/fold.ts";
import { compactDecodedSteps, interning } from "../../text/intern.ts";
import type { Actor, ActorModel, Mention } from "../../types.ts";
import { type MentionSource, MentionTable, mentionMap } from "./mention-table.ts";

/** What a model is built from: plain data. */
interface ModelData {
  actors: Actor[];
  mentionsByDoc: Map<string, Mention[]>;
  gendersByDoc: Map<string, Map<string, "male" | "female">>;
}

type Gender = "male" | "female";
/** An article's actors' genders: a Map as built; read back, a flat list [actor id, gender, …]
 *  (a Map an article was ~390 bytes at 138k passages, 23 bytes a passage). */
type DocGenders = ReadonlyMap<string, Gender> | readonly string[];

/** What a model is made of, so the snapshot can store it and skip the rebuild: its mentions are
 *  a Map of objects as built, a table of numbers as read back (mention-table.ts). */
interface ModelParts {
  actors: Actor[];
  mentions: MentionSource;
  gendersByDoc: Map<string, DocGenders>;
}

function genderIn(genders: DocGenders | undefined, actorId: string): Gender | undefined {
  if (!genders || !Array.isArray(genders))
    return (genders as ReadonlyMap<string, Gender> | undefined)?.get(actorId);
  for (let i = 0; i + 1 < genders.length; i += 2) if (genders[i] === actorId) return genders[i + 1] as Gender;
  return undefined;
}

/** A decoded article's genders as a flat list, its actor ids one copy each (`one`). */
function flatGenders(genders: DocGenders, one: (s: string) => string): readonly string[] {
  if (Array.isArray(genders)) return genders;
  const out: string[] = [];
  for (const [id, g] of genders as ReadonlyMap<string, Gender>) out.push(one(id), g);
  return out;
}

/**
 * The model as built here: its lookups, plus what the snapshot and the warm-up need, as fields
 * of the model itself: the plain data behind the lookups (a model loaded from a snapshot decodes
 * it first, so it can be stored again), and how to decode a lazily loaded model now.
 */
interface StoredActorModel extends ActorModel {
  readonly data?: ModelParts;
  readonly warm?: (ms: number) => boolean;
  readonly decoded?: () => boolean;
}

/** Runs pieces of work to the end. */
function finish<T>(steps: Generator<void, T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** The model's lookups over its data; also how a snapshot's data becomes a model again. */
export function modelOf(data: ModelData): StoredActorModel {
  const { actors, mentionsByDoc, gendersByDoc } = data;
  return finish(modelSteps({ actors, mentions: mentionMap(mentionsByDoc), gendersByDoc }));
}

/** `modelOf` as pieces of work (a snapshot's model decoded by the warm-up, a slice at a time). */
function* modelSteps(data: ModelParts): Generator<void, StoredActorModel> {
  const { actors: live, mentions, gendersByDoc } = data;
  const byId = new Map<string, Actor>();
  // resolve(): any alias, folded; the most mentioned actor wins
  const names = new Map<string, Actor>();
  for (const [i, a] of live.entries()) {
    if (i % 1024 === 1023) yield;
    byId.set(a.id, a);
    for (const k of [foldKey(a.name), ...a.aliases.map((x) => foldKey(x.text))]) {
      const cur = names.get(k);
      if (!cur || (cur.mentions < a.mentions && foldKey(cur.name) !== k)) names.set(k, a);
    }
  }
  // "Lord Goldsmith", "Baroness Tarr": a peer's style, like "Mr", is no part of the actor's name
  // (the name as typed is tried first).
  const resolve = (name: string): Actor | null => {
    const k = foldKey(name).replace(/['’]s$/, "");
    const bare = k.replace(/^(?:the|mr|mrs|ms|dr|sir|lord|lady|dame|baroness|baron)\s+/, "");
    return names.get(k) ?? names.get(bare) ?? null;
  };
  return {
    actors: live,
    byId,
    resolve,
    mentionsIn: (docId) => mentions.mentionsIn(docId),
    mentionIn: (docId, i) => mentions.mentionIn(docId, i),
    genderOf: (docId, actorId) => genderIn(gendersByDoc.get(docId), actorId) ?? "any",
    mentionAt: (docId, start, end) => mentions.mentionAt(docId, start, end),
    data,
  };
}

// In the snapshot the model is one opaque byte block: copied as bytes on load, decoded into its
// many small objects only when first used (see warmActors), so start-up stays fast at scale.
// The block is a run of v8-serialized chunks (actors, then mentions and genders a few hundred
// articles at a time), so the warm-up decodes it a slice at a time, never in one long call.
// The cache layer registers this codec (src/cache/snapshot-parts.ts); analysis knows no cache.
const CHUNK = 512;
/** Articles per chunk of mentions or genders (an article holds dozens of mentions). */
const DOC_CHUNK = 64;

type Chunk =
  | { actors: Actor[] }
  | { mentions: Array<[string, readonly Mention[]]> }
  | { genders: Array<[string, DocGenders]> };

/** Mentions per chunk at most (an article's are never split): a chunk of 64 articles' mentions
 *  was ~6,000 objects, 20-25 ms to decode in one call at 138k passages. */
const MENTIONS = 1024;

function* chunksOf(data: ModelParts): Generator<Chunk> {
  for (let i = 0; i < data.actors.length; i += CHUNK) yield { actors: data.actors.slice(i, i + CHUNK) };
  let mentions: Array<[string, readonly Mention[]]> = [];
  let held = 0;
  for (const entry of data.mentions.entries()) {
    mentions.push(entry);
    held += entry[1].length;
    if (mentions.length >= DOC_CHUNK || held >= MENTIONS) {
      yield { mentions };
      mentions = [];
      held = 0;
    }
  }
  if (mentions.length > 0) yield { mentions };
  const genders = [...data.gendersByDoc];
  for (let i = 0; i < genders.length; i += DOC_CHUNK) yield { genders: genders.slice(i, i + DOC_CHUNK) };
}

/** The model's data again from its chunks, one chunk per piece of work; each chunk's mentions go
 *  into the table at once, so their objects die young. */
function* dataSteps(bytes: Uint8Array): Generator<void, ModelParts> {
  const d = new v8.DefaultDeserializer(bytes);
  d.readHeader();
  const count = d.readValue() as number;
  const table = new MentionTable();
  const data: ModelParts = { actors: [], mentions: table, gendersByDoc: new Map() };
  const one = interning();
  for (let c = 0; c < count; c++) {
    yield;
    const chunk = d.readValue() as Chunk;
    if ("mentions" in chunk) {
      for (const [k, v] of chunk.mentions) table.add(k, v);
      continue;
    }
    // Every string (actor ids, names, genders) one copy each; the table keeps its own.
    yield* compactDecodedSteps(chunk, one);
    if ("actors" in chunk) for (const a of chunk.actors) data.actors.push(a);
    else for (const [k, v] of chunk.genders) data.gendersByDoc.set(k, flatGenders(v, one));
  }
  return data;
}

export const actorModelSnapshot = {
  encode: (model: unknown): Uint8Array => {
    const data = (model as StoredActorModel).data;
    if (!data) throw new Error("this actor model was not built by buildActorModel");
    const chunks = [...chunksOf(data)];
    const s = new v8.DefaultSerializer();
    s.writeHeader();
    s.writeValue(chunks.length);
    for (const c of chunks) s.writeValue(c);
    return s.releaseBuffer();
  },
  decode: (bytes: unknown): ActorModel =>
    lazyModel(
      (function* () {
        return yield* modelSteps(yield* dataSteps(bytes as Uint8Array));
      })(),
    ),
};

/** A model that builds itself on first use; `warmActors` builds it a slice at a time. */
function lazyModel(decoding: Generator<void, StoredActorModel>): StoredActorModel {
  // Dropped once done: the finished generator still holds the snapshot's bytes (the whole
  // file's buffer, 2 GB at a million passages) through its closure.
  let steps: Generator<void, StoredActorModel> | null = decoding;
  let model: StoredActorModel | null = null;
  const done = (m: StoredActorModel): StoredActorModel => {
    steps = null;
    model = m;
    return m;
  };
  const get = () => model ?? done(finish(steps!));
  const warm = (ms: number): boolean => {
    const until = performance.now() + ms;
    while (!model) {
      const r = steps!.next();
      if (r.done) done(r.value);
      else if (performance.now() >= until) return false;
    }
    return true;
  };
  return {
    get actors() {
      return get().actors;
    },
    get byId() {
      return get().byId;
    },
    resolve: (name) => get().resolve(name),
    mentionsIn: (docId) => get().mentionsIn(docId),
    mentionIn: (docId, i) => get().mentionIn?.(docId, i),
    mentionAt: (docId, start, end) => get().mentionAt(docId, start, end),
    genderOf: (docId, actorId) => get().genderOf?.(docId, actorId) ?? "any",
    warm,
    decoded: () => model !== null,
    // Its data once decoded, so a coverage read back from a snapshot can be written again.
    get data() {
      return get().data;
    },
  };
}

/** Decodes a lazily loaded model for about `ms` milliseconds (after start-up, off the first
 *  user's path); true once it is decoded (or was never lazy). */
export function warmActors(model: ActorModel, ms = Number.POSITIVE_INFINITY): boolean {
  return (model as StoredActorModel).warm?.(ms) ?? true;
}

/** Whether a model answers without decoding first (a lazily loaded one once it is decoded). */
export function actorsDecoded(model: ActorModel): boolean {
  return (model as StoredActorModel).decoded?.() ?? true;
}
