// Session 24's description class (issue #13), on invented text: a definite description stands for
// the body the article named before it, outside quotations: by the kind its name ends on ("the
// festival" after "the Linz Puppet Festival") or by what an apposition said the body is made of
// ("the researchers" after "the Wayfarer Project - a group of security researchers").
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

describe("a description by the kind a body's name ends on is that body", () => {
  const festival =
    'Puppeteer honoured in Austria\n\nCzech puppeteer Hana Kovac is to receive a lifetime award at the Linz Puppet Festival.\n\nThe 71-year-old, whose shows have toured 40 countries, will be given the prize on 3 May. "Her marionettes changed what children expect from a puppet show," the festival said in a statement.';
  const museum =
    'Ship model returns to port\n\nA model of the first steam ferry to cross the bay has gone on display at the Museum of Coastal Life.\n\nThe model was found in a barn near Dunmore by farmer Colm Reilly. "It is the finest piece we have been given in twenty years," said the museum. Mr Reilly said he was "delighted" it had found a home.';
  const church =
    'Choir wins national title\n\nThe youth choir of St Brendan\'s Church in Galway has won the national choir contest.\n\nThe choir beat 30 other groups at the final in Cork on Sunday, led by conductor Nuala Byrne. "We are so proud of every one of these young singers," the church wrote on its website.';

  it("is the latest such name outside quotations, its of-phrase too", () => {
    expect(speakerOf(directQuotes(festival), "Her marionettes")).toBe("Linz Puppet Festival");
    expect(speakerOf(directQuotes(museum), "It is the finest")).toBe("Museum of Coastal Life");
    expect(speakerOf(directQuotes(church), "We are so proud")).toBe("St Brendan's Church");
  });

  it("is another reading with the switch off", () => {
    const off = switchOff("quotes.kind-named-body");
    expect(speakerOf(directQuotes(festival, off), "Her marionettes")).not.toBe("Linz Puppet Festival");
  });

  const quoted =
    'Film fans flock to city\n\nThousands of visitors arrived in Galway for a week of screenings.\n\n"Nothing compares to the Galway Harbour Festival," said visitor Ann Doyle. "The queue was long but friendly," the festival said.';

  it("never takes a name written only inside a quotation", () => {
    expect(speakerOf(directQuotes(quoted), "The queue was")).not.toBe("Galway Harbour Festival");
  });
});

describe("a plural description is the body an apposition said is made of it", () => {
  const dash =
    'Botnets for hire, study finds\n\nThe study of hijacked home computers was carried out by the Wayfarer Project - a group of security researchers who set up decoy machines.\n\nThey found that networks of thousands of machines were rented out for a few dollars a day. "Anyone with a credit card can knock a small business offline," said the researchers. "It is cheap and it is easy."';
  const comma =
    'River clean-up pledge\n\nClean Rivers Now, a coalition of local campaigners, has welcomed the council\'s plan to test the water every week.\n\nThe group had collected 9,000 signatures since March. "This is the first step and not the last," the campaigners said.';
  const knownAs =
    'Clinic opens in valley\n\nA team of volunteer doctors known as Medics Abroad has opened a clinic in the valley.\n\nThe clinic will treat up to 200 patients a day. "People here walked for two days to see a nurse," the doctors said.';

  it("after a dash, a comma or 'known as'", () => {
    expect(speakerOf(directQuotes(dash), "Anyone with a credit card")).toBe("Wayfarer Project");
    expect(speakerOf(directQuotes(dash), "It is cheap")).toBe("Wayfarer Project");
    expect(speakerOf(directQuotes(comma), "This is the first step")).toBe("Clean Rivers Now");
    expect(speakerOf(directQuotes(knownAs), "People here walked")).toBe("Medics Abroad");
  });

  it("is another reading with the switch off", () => {
    const off = switchOff("quotes.collective-of-body");
    expect(speakerOf(directQuotes(dash, off), "Anyone with a credit card")).not.toBe("Wayfarer Project");
  });
});

describe("a business description is the lead's business when no other organisation is named since", () => {
  const maker =
    "Toy maker trims adverts\n\nKestrel plans to stop advertising sweets-themed toys on children's television.\n\nThe Danish toy maker will also put a safety label on its smaller building sets. Rival Mattel launched a similar label last spring. Kestrel's new policy covers television, cinema and magazines. But the firm said it would still show its \"family range\" on weekend evenings.";
  const founder =
    'Designer label loses finance chief\n\nOrla Kiely is losing its finance director, Peter Dunne, after two years.\n\nThe fashion house said Mr Dunne was leaving to join a bank. Shares fell 3% in Dublin. In March, the company had said spring sales were "disappointing".';
  const since =
    'Phone firm wins contract\n\nKestrel plans to build a new network in Wales.\n\nThe Danish firm will spend £40m. Vodafone bid for the work too. "We will keep competing for these contracts," the company said.';

  const kinded =
    'Paper group buys radio stations\n\nWelsh publishing group Harlech & Dyfed Media is buying three local radio stations for £12m.\n\nIt will pay in cash and shares. Rival Trinity Mirror had also looked at the stations, according to analysts. Harlech & Dyfed Media\'s advertising income rose by a fifth last year. The deal would make the most of "a growing audience" in the north, the group said.';

  it("is the lead's business, by name or by a name the model takes for a person", () => {
    expect(speakerOf(directQuotes(kinded), "a growing audience")).toBe("Harlech & Dyfed Media");
    expect(speakerOf(directQuotes(maker), "family range")).toBe("Kestrel");
    expect(speakerOf(directQuotes(founder), "disappointing")).toBe("Orla Kiely");
  });

  it("is another reading with the switch off", () => {
    const off = switchOff("quotes.lead-business");
    expect(speakerOf(directQuotes(maker, off), "family range")).not.toBe("Kestrel");
    expect(speakerOf(directQuotes(founder, off), "disappointing")).not.toBe("Orla Kiely");
    expect(speakerOf(directQuotes(kinded, off), "a growing audience")).not.toBe("Harlech & Dyfed Media");
  });

  it("leaves the description to the organisation named since", () => {
    expect(speakerOf(directQuotes(since), "We will keep")).not.toBe("Kestrel");
  });
});

describe("'the band' is the band a member's role was named for", () => {
  const singer =
    'Singer cleared of assault\n\nKestrels singer Ann Roe has been cleared of assaulting a photographer in Leeds last year.\n\nRoe was arrested along with guitarist Ivo Marsh after a row outside a club. The band said the photographer had been "deliberately provoking" them all night.';
  const drummer =
    'Tour called off\n\nA planned tour of Japan has been called off after Red Harbour drummer Colm Reilly broke his wrist.\n\nReilly fell on stage in Osaka. "We are gutted for the fans who bought tickets," the Irish band said.';

  it("after the singer's or the drummer's band", () => {
    expect(speakerOf(directQuotes(singer), "deliberately provoking")).toBe("Kestrels");
    expect(speakerOf(directQuotes(drummer), "We are gutted")).toBe("Red Harbour");
  });

  it("is another reading with the switch off", () => {
    const off = switchOff("quotes.band-of-member");
    expect(speakerOf(directQuotes(singer, off), "deliberately provoking")).not.toBe("Kestrels");
  });
});
