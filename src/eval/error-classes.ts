// The error tables of the benchmark scorers: classes by count, each with a few examples taken
// evenly across the data (the first few would all come from the same story or two).

export interface ErrorClass {
  name: string;
  count: number;
  examples: string[];
}

/** Largest class first; at most `max` examples each, evenly spaced over the ones seen. */
export function spreadExamples(classes: ErrorClass[], max: number): ErrorClass[] {
  return classes
    .map((c) => {
      const step = c.examples.length / Math.min(max, c.examples.length);
      const examples = Array.from(
        { length: Math.min(max, c.examples.length) },
        (_, i) => c.examples[Math.floor(i * step)]!,
      );
      return { ...c, examples };
    })
    .sort((a, b) => b.count - a.count);
}

/** A tally of error classes: `add(class, example)` while scoring, then `table(max)`. */
export function errorTally(): { add(name: string, example: string): void; table(max: number): ErrorClass[] } {
  const classes = new Map<string, ErrorClass>();
  return {
    add(name, example) {
      const c = classes.get(name) ?? { name, count: 0, examples: [] };
      c.count++;
      c.examples.push(example);
      classes.set(name, c);
    },
    table: (max) => spreadExamples([...classes.values()], max),
  };
}
