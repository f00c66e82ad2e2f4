// What /reload and /ingest answer (the commands themselves act on the store: lifecycle/admin.ts).

export interface ReloadAnswer {
  command: "reload";
  added: string[];
  updated: string[];
  removed: string[];
  skipped: Array<{ file: string; reason: string }>;
  articles: number;
  passages: number;
}

export interface IngestAnswer {
  command: "ingest";
  file: string;
  docId: string;
  title: string;
  passages: number;
  quotations: number;
  actors: string[];
  events: number;
}
