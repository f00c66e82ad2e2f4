// The model's lookups over its plain data, and how it travels in the snapshot: one opaque byte
// block, decoded on first use (warmActors forces it).

import v8 from "node:v8";
import { foldKey } from "../../text/fold.ts";
import type { Actor, ActorModel, Mention } from "../../types.ts";

/** What a model is made of: plain data, so the snapshot can store it and skip the rebuild. */
interface ModelData {
  actors: Actor[];
  mentionsByDoc: Map<string, Mention[]>;
  gendersByDoc: Map<string, Map<string, "male" | "female">>;
}

/**
 * The model as built here: its lookups, plus what the snapshot and the warm-up need, as fields
 * of the model itself: the plain data behind the lookups (on a built model; a model loaded from
 * a snapshot is not stored again), and how to decode a lazily loaded model now.
 */
interface StoredActorModel extends ActorModel {
  readonly data?: ModelData;
  readonly warm?: () => void;
}

/** The model's lookups over its data; also how a snapshot's data becomes a model again. */
export function modelOf(data: ModelData): StoredActorModel {
  const { actors: live, mentionsByDoc, gendersByDoc } = data;
  const byId = new Map(live.map((a) => [a.id, a]));
  // resolve(): any alias, folded; the most mentioned actor wins
  const names = new Map<string, Actor>();
  for (const a of live) {
    for (const k of [foldKey(a.name), ...a.aliases.map((x) => foldKey(x.text))]) {
      const cur = names.get(k);
      if (!cur || (cur.mentions < a.mentions && foldKey(cur.name) !== k)) names.set(k, a);
    }
  }
  const resolve = (name: string): Actor | null => {
    const k = foldKey(name)
      .replace(/^(?:the|mr|mrs|ms|dr|sir)\s+/, "")
      .replace(/['’]s$/, "");
    return names.get(k) ?? null;
  };
  return {
    actors: live,
    byId,
    resolve,
    mentionsIn: (docId) => mentionsByDoc.get(docId) ?? [],
    genderOf: (docId, actorId) => gendersByDoc.get(docId)?.get(actorId) ?? "any",
    mentionAt(docId, start, end) {
      let best: Mention | null = null;
      for (const m of mentionsByDoc.get(docId) ?? []) {
        if (m.start > start) break;
        if (m.end >= end && (!best || m.end - m.start > best.end - best.start)) best = m;
      }
      return best;
    },
    data,
  };
}

// In the snapshot the model is one opaque byte block: copied as bytes on load, decoded into its
// many small objects only when first used (see warmActors), so start-up stays fast at scale.
// The cache layer registers this codec (src/cache/snapshot-parts.ts); analysis knows no cache.
export const actorModelSnapshot = {
  encode: (model: unknown): Uint8Array => {
    const data = (model as StoredActorModel).data;
    if (!data) throw new Error("this actor model was not built by buildActorModel");
    return v8.serialize(data);
  },
  decode: (bytes: unknown): ActorModel =>
    lazyModel(() => modelOf(v8.deserialize(bytes as Uint8Array) as ModelData)),
};

/** A model that builds itself on first use; `warmActors` forces it. */
function lazyModel(make: () => ActorModel): StoredActorModel {
  let model: ActorModel | null = null;
  const get = () => {
    model ??= make();
    return model;
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
    mentionAt: (docId, start, end) => get().mentionAt(docId, start, end),
    genderOf: (docId, actorId) => get().genderOf?.(docId, actorId) ?? "any",
    warm: () => void get(),
  };
}

/** Decodes a lazily loaded model now (after start-up, off the first user's path). */
export function warmActors(model: ActorModel): void {
  (model as StoredActorModel).warm?.();
}
