import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  parseReutersDate,
  parseReutersSgml,
  parseReutersSgmlWithReport,
  readReutersFile,
  reutersToArticles,
} from "../../src/corpus/formats/reuters.ts";
import { needData } from "../helpers/data.ts";

const SGML = `<!DOCTYPE lewis SYSTEM "lewis.dtd">
<REUTERS TOPICS="YES" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="5544" NEWID="1">
<DATE>26-FEB-1987 15:01:01.79</DATE>
<TOPICS><D>cocoa</D></TOPICS>
<PLACES><D>el-salvador</D><D>usa</D></PLACES>
<PEOPLE></PEOPLE>
<UNKNOWN> &#5;&#5;&#5;C T
&#22;&#22;&#1;f0704&#31;reute</UNKNOWN>
<TEXT>&#2;
<TITLE>BAHIA &lt;BCR> COCOA &amp; SUGAR REVIEW</TITLE>
<DATELINE>    SALVADOR, Feb 26 - </DATELINE><BODY>Showers continued throughout the week in
the Bahia cocoa zone, Comissaria Smith &amp; Co said.
    The dry period means the temporao will be late this year.
    Prices rose to 340 &lt;cruzados> per arroba.
 Reuter
&#3;</BODY></TEXT>
</REUTERS>
<REUTERS TOPICS="NO" NEWID="2">
<DATE>  3-MAR-1987 00:43:42.82</DATE>
<TOPICS></TOPICS>
<PLACES><D>usa</D></PLACES>
<TEXT>&#2;
<TITLE>U.S. OIL OUTPUT FALLS</TITLE>
<DATELINE>    WASHINGTON, March 3 - </DATELINE><BODY>Output fell to 8.1 mln barrels a day, the
department said. REUTER
&#3;</BODY></TEXT>
</REUTERS>
<REUTERS TOPICS="NO" OLDID="9">
<DATE>3-MAR-1987 10:00:00.00</DATE>
<TEXT><TITLE>NO NEWID HERE</TITLE><BODY>Lost.</BODY></TEXT>
</REUTERS>
<REUTERS TOPICS="NO" NEWID="4">
<DATE>4-MAR-1987 10:00:00.00</DATE>
<TEXT TYPE="BRIEF">&#2;
******<TITLE>ANOTHER BRIEF TITLE ONLY</TITLE>
&#3;</TEXT>
</REUTERS>
<REUTERS TOPICS="NO" NEWID="5">
<DATE>5-MAR-1987 10:00:00.00</DATE>
<TEXT><TITLE>BODY NEVER CLOSED</TITLE><BODY>Half a story
</TEXT>
</REUTERS>
`;

describe("parseReutersSgml", () => {
  it("parses well-formed records and skips malformed ones with a reason", () => {
    const { stories, skipped } = parseReutersSgmlWithReport(SGML);
    expect(stories.map((s) => s.id)).toEqual(["1", "2", "4"]);
    expect(skipped).toHaveLength(2);
    expect(skipped[0]?.reason).toMatch(/NEWID/);
    expect(skipped[1]).toMatchObject({ id: "5", reason: "unclosed <BODY>" });
    expect(parseReutersSgml(SGML)).toHaveLength(3);
  });

  it("decodes entities, reads fields and strips the signature", () => {
    const [first, second] = parseReutersSgml(SGML);
    expect(first).toEqual({
      id: "1",
      title: "BAHIA <BCR> COCOA & SUGAR REVIEW",
      dateline: "SALVADOR, Feb 26",
      date: "1987-02-26",
      body:
        "Showers continued throughout the week in the Bahia cocoa zone, Comissaria Smith & Co said.\n\n" +
        "The dry period means the temporao will be late this year.\n\n" +
        "Prices rose to 340 <cruzados> per arroba.",
      places: ["el-salvador", "usa"],
      topics: ["cocoa"],
    });
    expect(second?.date).toBe("1987-03-03");
    expect(second?.topics).toEqual([]);
    expect(second?.body).toBe("Output fell to 8.1 mln barrels a day, the department said.");
  });

  it("keeps a record without a body, with body null", () => {
    const brief = parseReutersSgml(SGML).find((s) => s.id === "4");
    expect(brief).toMatchObject({ title: "ANOTHER BRIEF TITLE ONLY", body: null, dateline: null });
  });

  it("never throws on garbage", () => {
    expect(parseReutersSgml("")).toEqual([]);
    expect(parseReutersSgml("<REUTERS NEWID=")).toEqual([]);
    expect(parseReutersSgmlWithReport('<REUTERS NEWID="9"><BODY>x').skipped).toHaveLength(1);
  });

  it("parses dates", () => {
    expect(parseReutersDate("26-FEB-1987 15:01:01.79")).toBe("1987-02-26");
    expect(parseReutersDate(" 5-mar-1987 605:12:19.12")).toBe("1987-03-05");
    expect(parseReutersDate("not a date")).toBeNull();
  });
});

describe("reutersToArticles", () => {
  it("keeps stories with title and body as plain text", () => {
    const articles = reutersToArticles(parseReutersSgml(SGML));
    expect(articles.map((a) => a.docId)).toEqual(["reuters-1", "reuters-2"]);
    expect(articles[1]).toEqual({
      docId: "reuters-2",
      text: "U.S. OIL OUTPUT FALLS\n\nOutput fell to 8.1 mln barrels a day, the department said.",
      meta: {
        outlet: "Reuters",
        title: "U.S. OIL OUTPUT FALLS",
        url: null,
        published: "1987-03-03",
        byline: null,
      },
    });
  });
});

const REUTERS = needData("reuters-21578");
const DATA = REUTERS.dir;

describe.skipIf(REUTERS.missing)(`Reuters-21578 data${REUTERS.why}`, () => {
  it("reads reut2-000.sgm (latin1) into hundreds of articles", async () => {
    const stories = await readReutersFile(join(DATA, "reut2-000.sgm"));
    expect(stories).toHaveLength(1000);
    const articles = reutersToArticles(stories);
    expect(articles.length).toBeGreaterThan(500);
    for (const a of articles) {
      expect(a.text).not.toMatch(/&#\d+;|&lt;/);
      expect([...a.text].some((c) => c < " " && c !== "\n")).toBe(false);
      expect(a.text).not.toMatch(/\breuter\s*$/i);
    }
  });
});
