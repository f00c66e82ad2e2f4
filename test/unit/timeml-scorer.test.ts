// The TimeML date scorer on a one-article snippet written for this test: reading (tags stripped,
// offsets into the article text, event–time links) and counting (precision over predictions on
// gold times, day accuracy over gold found, recall, dated-event recall).
import { describe, expect, it } from "vitest";
import { ourTimes, timemlArticle } from "../../src/eval/timeml.ts";
import { isDayValue, readTimeml } from "../../src/eval/timeml-read.ts";
import {
  datedEvents,
  type PredictedTime,
  scoreDatedEvents,
  scoreResolver,
} from "../../src/eval/timeml-score.ts";

const TML = `<?xml version="1.0" ?>
<TimeML>
<DOCID>TEST0001</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07" functionInDocument="CREATION_TIME">1998-08-07</TIMEX3></DCT>
<TITLE>Blast &amp; fire hit a harbour</TITLE>
<TEXT>

A blast <EVENT eid="e1" class="OCCURRENCE">hit</EVENT> the harbour <TIMEX3 tid="t1" type="DATE" value="1998-08-06">Thursday</TIMEX3>, police <EVENT eid="e2" class="REPORTING">said</EVENT> <TIMEX3 tid="t2" type="DATE" value="1998-08-07">Friday</TIMEX3>.

The port had <EVENT eid="e3" class="OCCURRENCE">reopened</EVENT> in <TIMEX3 tid="t3" type="DATE" value="1998-07">July</TIMEX3>.

</TEXT>
<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST"/>
<MAKEINSTANCE eventID="e2" eiid="ei2" tense="PAST"/>
<MAKEINSTANCE eventID="e3" eiid="ei3" tense="PAST"/>
<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1"/>
<TLINK lid="l2" relType="IS_INCLUDED" eventInstanceID="ei2" relatedToTime="t2"/>
<TLINK lid="l3" relType="BEFORE" eventInstanceID="ei3" relatedToTime="t1"/>
<TLINK lid="l4" relType="BEFORE" eventInstanceID="ei1" relatedToEventInstance="ei2"/>
</TimeML>
`;

const doc = readTimeml("TEST0001", TML);
const at = (text: string, day: string | null): PredictedTime => {
  const start = doc.text.indexOf(text);
  return { start, end: start + text.length, text, day };
};

describe("reading TimeML", () => {
  it("reads the creation day, the title and the body without tags", () => {
    expect(doc.dct).toBe("1998-08-07");
    expect(doc.title).toBe("Blast & fire hit a harbour");
    expect(
      doc.text.startsWith("Blast & fire hit a harbour\n\nA blast hit the harbour Thursday, police"),
    ).toBe(true);
  });

  it("gives every TIMEX3 and EVENT offsets into the article text", () => {
    expect(doc.timexes.map((t) => [doc.text.slice(t.start, t.end), t.value])).toEqual([
      ["Thursday", "1998-08-06"],
      ["Friday", "1998-08-07"],
      ["July", "1998-07"],
    ]);
    expect(doc.events.map((e) => doc.text.slice(e.start, e.end))).toEqual(["hit", "said", "reopened"]);
    expect(doc.events[1]!.cls).toBe("REPORTING");
    expect(doc.timexes.filter((t) => isDayValue(t.value))).toHaveLength(2);
  });

  it("keeps event–time links only, and dates the events a day-valued time includes", () => {
    expect(doc.links).toHaveLength(3);
    expect(datedEvents(doc).map((e) => [e.text, e.day])).toEqual([
      ["hit", "1998-08-06"],
      ["said", "1998-08-07"],
    ]);
  });
});

describe("counting", () => {
  it("precision over predictions on gold times, day accuracy over gold found, recall over gold", () => {
    const s = scoreResolver([
      {
        doc,
        times: [
          at("Thursday", "1998-07-30"), // found, wrong week
          at("Friday", "1998-08-07"), // right
          at("July", null), // not day-valued: not counted as a prediction
          at("harbour", "1998-08-01"), // no gold time there: strict precision only
        ],
      },
    ]);
    expect(s).toMatchObject({ goldDay: 2, goldFound: 2, goldCorrect: 1, predictedDay: 3 });
    expect(s.predictedDayOverlapping).toBe(2);
    expect(s.precision).toBe(0.5);
    expect(s.precisionStrict).toBe(0.333);
    expect(s.dayAccuracy).toBe(0.5);
    expect(s.recall).toBe(0.5);
  });

  it("judges a prediction over a gold time of day by its day, which stays out of the day-valued gold", () => {
    const timed = readTimeml(
      "TEST0002",
      TML.replace('value="1998-08-06">Thursday', 'value="1998-08-06TNI">Thursday night'),
    );
    const over = (text: string, day: string) => {
      const start = timed.text.indexOf(text);
      return { start, end: start + text.length, text, day };
    };
    const right = scoreResolver([{ doc: timed, times: [over("Thursday night", "1998-08-06")] }]);
    expect(right).toMatchObject({ goldDay: 1, predictedDayOverlapping: 1, predictedCorrect: 1 });
    const wrong = scoreResolver([{ doc: timed, times: [over("Thursday night", "1998-07-30")] }]);
    expect(wrong).toMatchObject({ predictedDayOverlapping: 1, predictedCorrect: 0 });
  });

  it("counts a dated event only in a timeline event with its day citing its sentence", () => {
    const gold = datedEvents(doc);
    const sentence = {
      docId: "TEST0001",
      start: doc.text.indexOf("A blast"),
      end: doc.text.indexOf(".\n") + 1,
    };
    expect(scoreDatedEvents(gold, [{ date: "1998-08-06", sources: [sentence] }])).toMatchObject({
      gold: 2,
      hit: 1,
      inAnyEvent: 2,
      goldNonReporting: 1,
      hitNonReporting: 1,
    });
    expect(scoreDatedEvents(gold, [{ date: "1998-08-05", sources: [sentence] }]).hit).toBe(0);
    expect(
      scoreDatedEvents(gold, [{ date: "1998-08-06", sources: [{ ...sentence, docId: "OTHER" }] }]).hit,
    ).toBe(0);
  });

  it("counts a dated event as strict only when the event also cites the sentence with its date words", () => {
    const two = readTimeml(
      "TEST0003",
      `<DCT><TIMEX3 tid="t0" value="2021-03-10">2021-03-10</TIMEX3></DCT><TITLE>Road shut</TITLE><TEXT>
Rain flooded Mill Lane <TIMEX3 tid="t1" type="DATE" value="2021-03-08">Monday</TIMEX3>. The council <EVENT eid="e1" class="OCCURRENCE">closed</EVENT> the lane. A <TIMEX3 tid="t2" type="DATE" value="2021-03-08">Monday</TIMEX3> storm was forecast.
</TEXT><MAKEINSTANCE eventID="e1" eiid="ei1"/><TLINK relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1"/>`,
    );
    const gold = datedEvents(two);
    const span = (from: string, to: string) => ({
      docId: "TEST0003",
      start: two.text.indexOf(from),
      end: two.text.indexOf(to) + to.length,
    });
    const rain = span("Rain", "Monday.");
    const closed = span("The council", "lane.");
    const storm = span("A Monday", "forecast.");
    const alone = scoreDatedEvents(gold, [{ date: "2021-03-08", sources: [closed] }]);
    expect(alone).toMatchObject({ hit: 1, hitStrict: 0, hitDayWords: 0, hitSameSentence: 0 });
    const withDay = scoreDatedEvents(gold, [{ date: "2021-03-08", sources: [closed, rain] }]);
    expect(withDay).toMatchObject({ hit: 1, hitStrict: 1, hitDayWords: 1, hitSameSentence: 0 });
    // another "Monday" of the article is date words for that day, not the TLINKed TIMEX3
    const other = scoreDatedEvents(gold, [{ date: "2021-03-08", sources: [closed, storm] }]);
    expect(other).toMatchObject({ hit: 1, hitStrict: 0, hitDayWords: 1 });
    // the date sentence cited by another event of that day does not count
    const apart = scoreDatedEvents(gold, [
      { date: "2021-03-08", sources: [closed] },
      { date: "2021-03-08", sources: [rain] },
    ]);
    expect(apart).toMatchObject({ hit: 1, hitStrict: 0 });
  });

  it("runs our resolver over the article's sentences with the creation day", () => {
    const article = timemlArticle(doc)!;
    const times = ourTimes(doc, article);
    expect(times.find((t) => t.text.includes("Thursday"))?.day).toBe("1998-08-06");
    expect(scoreResolver([{ doc, times }]).goldFound).toBe(2);
  });
});
