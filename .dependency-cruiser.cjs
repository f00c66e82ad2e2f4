// Layer rules, checked by `npm test` (depcruise src commands). Layers are listed bottom to top;
// a module may import from its own layer and the layers below it, never from a layer above, and
// no import cycle is allowed anywhere (type-only imports count: they are dependencies too).
// A file belongs to the first layer whose pattern matches it.

/** Bottom to top. */
const LAYERS = [
  {
    name: "base",
    // The shared data types, the slash-command definitions (Discord JSON, data only), logging,
    // temp-file hygiene, the "run as the program?" check and the text primitives (tokenizer,
    // stopwords) every layer above may use.
    path: [
      "^commands/",
      "^src/main-module\\.ts$",
      "^src/types\\.ts$",
      "^src/log\\.ts$",
      "^src/temp-files\\.ts$",
      "^src/program-files\\.ts$",
      "^src/text/",
      "^src/search/(tokenize|stopwords)\\.ts$",
    ],
  },
  {
    name: "corpus",
    // Reading articles: decode, front matter, cleaning, segmenting, passages, citations of them.
    path: ["^src/corpus/"],
  },
  {
    name: "analysis",
    // What the articles say: actors, quotations, events, dates, figures. Pure, over the corpus.
    path: ["^src/analysis/"],
  },
  {
    name: "search",
    // The passage index (BM25) and load progress; knows passages, not analyses' meaning.
    path: ["^src/search/(?!(tokenize|stopwords)\\.ts$)"],
  },
  {
    name: "coverage",
    // The corpus plus its index and analyses, built once: what every answer reads.
    path: ["^src/coverage\\.ts$"],
  },
  {
    name: "answers",
    // One pure function per command over a coverage (and its answer indexes), plus citations.
    path: ["^src/answers/(?!registry\\.ts$)"],
  },
  {
    name: "cache",
    // The snapshot file: stores a whole coverage, so it sits above it.
    path: ["^src/cache/"],
  },
  {
    name: "lifecycle",
    // Loading (cache, else corpus → coverage → cache), the served coverage and its swap on
    // reload, watching, ingesting, and the admin commands that act on them.
    path: ["^src/lifecycle/"],
  },
  {
    name: "registry",
    // The registry binding each slash command's definition to its answer or admin action.
    path: ["^src/answers/registry\\.ts$"],
  },
  {
    name: "render",
    // Answer data → Discord messages, terminal text, JSON, the timeline PNG (returned, never written).
    path: ["^src/render/"],
  },
  {
    name: "faces",
    // The edges: Discord (gateway, HTTP interactions), CLI and console, the eval runner, and the
    // configuration they read from the environment and pass down.
    path: ["^src/discord/", "^src/cli/", "^src/eval/", "^src/config\\.ts$"],
  },
  {
    name: "main",
    // `npm start`: picks a face and starts it; `npm run start:sharded`: one such process per shard.
    path: ["^src/main\\.ts$", "^src/sharded\\.ts$"],
  },
];

const above = (i) => LAYERS.slice(i + 1).flatMap((l) => l.path);

module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment: "No import cycles: every module can be read, tested and replaced from the bottom up.",
      from: {},
      to: { circular: true },
    },
    ...LAYERS.slice(0, -1).map((layer, i) => ({
      name: `layer-${layer.name}`,
      severity: "error",
      comment: `${layer.name} imports only from itself and the layers below it (${LAYERS.slice(0, i)
        .map((l) => l.name)
        .join(", ")}).`,
      from: { path: layer.path },
      to: { path: above(i) },
    })),
    {
      name: "not-in-layers",
      severity: "error",
      comment: "Every module of src/ and commands/ belongs to a layer (add new folders to LAYERS).",
      from: { path: "^(src|commands)/", pathNot: LAYERS.flatMap((l) => l.path) },
      to: {},
    },
    {
      name: "config-at-the-edges",
      severity: "error",
      comment: "The environment is read in src/config.ts only; the faces pass its values down.",
      from: { pathNot: ["^src/(discord|cli|eval)/", "^src/(main|sharded)\\.ts$", "^src/config\\.ts$"] },
      to: { path: "^src/config\\.ts$" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
  },
};
