// Which person speaks (issue #13, session 8): the classes where the rules chose the wrong person,
// on invented text in several domains.
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import { directQuotes as quotes, speakerOf } from "../helpers/quotes.ts";

describe("which person speaks", () => {
  it("never gives a he/she quotation to the person it talks about in the third person", () => {
    const sport = [
      "Coach Harry Bramwell asked the league to cut the number of away games.",
      "Tom Vickery, Bramwell's assistant at the club, has said he may quit \"I think Tom's problem is the travelling,\" he said.",
    ].join(" ");
    expect(speakerOf(quotes(sport), "I think Tom")).toBe("Harry Bramwell");
    const business = [
      "Analyst Peter Grange followed the bank's results for a decade.",
      'The investor Rob Kemble sold his shares last week. "Mr Kemble has a perfect sense of timing," he said.',
    ].join(" ");
    expect(speakerOf(quotes(business), "Mr Kemble")).toBe("Peter Grange");
    // The step switched off (and the tag-frame rule, which also keeps Tom Vickery, named before
    // the tag in a sentence the text ran on): the nearest subject, as before.
    const off = switchOff("quotes.pronoun-not-named-in-quote", "quotes.pronoun-not-in-tag-frame");
    expect(speakerOf(quotes(sport, off), "I think Tom")).toBe("Tom Vickery");
  });

  it("still gives a he/she quotation to a person it addresses, or who gives his own full name", () => {
    const qs = quotes(
      [
        'Senator Paul Ridley lost his temper with the chairman. "Sit down, Paul, you have had your turn," he said.',
        'Mayor Alan Tusk spoke next. "People say Alan Tusk should step aside. I will not," he said.',
      ].join(" "),
    );
    expect(speakerOf(qs, "Sit down")).toBe("Paul Ridley");
    expect(speakerOf(qs, "People say")).toBe("Alan Tusk");
  });

  it("gives he/she to the person the sentence before names as a clause's subject, when no speaker stands there", () => {
    const church = [
      'Prime Minister Alan Frost said: "The bishops have their view."',
      "His remarks came as Bishop Colm Dwyer, the Primate of Galway, backed the reform and distanced himself from the party.",
      'In a sermon, he said the change was "long overdue".',
    ].join(" ");
    expect(speakerOf(quotes(church), "long overdue")).toBe("Bishop Colm Dwyer");
    const film = [
      "Harriet Lane and Oscar Prentiss were among the guests at the gala.",
      "The loudest applause was kept for the veteran director Oscar Prentiss, who stopped to pose for the crowd.",
      'He said the welcome was "the warmest of my career".',
    ].join(" ");
    expect(speakerOf(quotes(film), "the warmest")).toBe("Oscar Prentiss");
    const off = switchOff("quotes.pronoun-subject-mention");
    expect(speakerOf(quotes(church, off), "long overdue")).toBe("Alan Frost");
  });

  it("takes no subject from inside a quotation or from an object", () => {
    const qs = quotes(
      [
        'Party leader Mark Hollis spoke for an hour. "If the young Mark Hollis applied today, Peter Crane would hire me."',
        "He ended with an appeal to the members.",
        'Minister Tom Vale was asked why Mr Crane had been allowed to stay. He replied: "It was his decision."',
      ].join(" "),
    );
    expect(speakerOf(qs, "It was his")).toBe("Tom Vale");
  });

  it("gives a bare quotation to the new person the sentence before opens on, not to the quotation before", () => {
    const body = [
      '"We were lucky today," said Ortega after the final. Team doctor Lisa Brandt wants the players to rest for a month. "Their legs are gone after this season." "We will test them again in March."',
      "",
      '"The vote was close," said Mayor Ian Doyle. Councillor Ruth Ames wants a recount before Friday. "Every ballot should be checked twice."',
    ].join("\n");
    const qs = quotes(body);
    expect(speakerOf(qs, "Their legs")).toBe("Lisa Brandt");
    expect(speakerOf(qs, "We will test")).toBe("Lisa Brandt");
    // "Councillor", a job before a given name, is no part of the name (as "Mayor" is not).
    expect(speakerOf(qs, "Every ballot")).toBe("Ruth Ames");
    // The same person opening the sentence before speaks on.
    const same = quotes('"We were lucky today," said Ortega. Ortega wants a rest. "Their legs are gone."');
    expect(speakerOf(same, "Their legs")).toBe("Ortega");
    const off = switchOff("quotes.split-after-new-subject");
    expect(speakerOf(quotes(body, off), "Their legs")).toBe("Ortega");
  });

  it("gives a description told by an age, birthplace or gendered role to the person the sentence before introduced", () => {
    const science = [
      "Dr Paul Meyer judged the regional science fair on Friday.",
      "The youngest winners were led by Mia Ostler, who built a working wind tunnel.",
      'The 13-year-old said she hoped to "build a bigger one next year".',
    ].join(" ");
    expect(speakerOf(quotes(science), "build a bigger")).toBe("Mia Ostler");
    const concert = [
      "Reviewer Tom Hale loved the opening night.",
      "Cheering from the front row was Dana Pike, herself a former winner of the contest.",
      'Waving a scarf at the stage, the Canadian-born singer laughed and said: "I cried the whole way through."',
    ].join(" ");
    expect(speakerOf(quotes(concert), "I cried")).toBe("Dana Pike");
    const off = switchOff("quotes.description-subject", "quotes.description-focus");
    expect(speakerOf(quotes(science, off), "build a bigger")).not.toBe("Mia Ostler");
  });

  it("reads no speaker from an opening participle", () => {
    const qs = quotes(
      'Standing in the rain outside the court, the lawyer Ann Cole told reporters: "We will appeal."',
    );
    expect(speakerOf(qs, "We will appeal")).toBe("Ann Cole");
    const shivering = quotes(
      'Shivering in a thin coat, the old sailor grinned and joked: "Colder than the Arctic."',
    );
    expect(speakerOf(shivering, "Colder")).not.toBe("Shivering");
  });

  it("gives 'He added' to the main clause's speaker, not to a relative clause's antecedent", () => {
    const film = quotes(
      'Director Sam Rowe said he had met the author Leo Marsh, who had told him the villains could "stand for anything at all". He added: "I will keep the story as it is."',
    );
    expect(speakerOf(film, "I will keep")).toBe("Sam Rowe");
    const sport = quotes(
      'Coach Dan Price said he had spoken to Tom Wade, who told him the knee was "fine". He added: "We will see on Friday."',
    );
    expect(speakerOf(sport, "We will see")).toBe("Dan Price");
    // (and the opening subject, session 22, that finds Dan Price too)
    const off = switchOff("quotes.pronoun-main-over-relative", "quotes.pronoun-opening-subject");
    expect(
      speakerOf(
        quotes(
          'Coach Dan Price said he had spoken to Tom Wade, who told him the knee was "fine". He added: "We will see on Friday."',
          off,
        ),
        "We will see",
      ),
    ).toBe("Tom Wade");
  });

  it("gives the words to the person, not the place, of an office or a relative clause before the verb", () => {
    const qs = quotes(
      [
        'The Anglican Bishop of Leeds, the Right Reverend Paul Moor, told the radio station that voters should "think again".',
        'The Mayor of Brindle, Sarah Quill, said the plan was "dead".',
        'Dr Ellis, who was a nurse in Kentford, in the Lower Dale Valley, before becoming mayor, said the change was "long overdue".',
      ].join(" "),
    );
    expect(speakerOf(qs, "think again")).toContain("Paul Moor");
    expect(speakerOf(qs, "dead")).toBe("Sarah Quill");
    expect(speakerOf(qs, "long overdue")).toContain("Ellis");
    const off = switchOff("quotes.office-apposition", "quotes.relative-opening");
    const old = quotes(
      'Dr Ellis, who was a nurse in Kentford, in the Lower Dale Valley, before becoming mayor, said the change was "long overdue".',
      off,
    );
    expect(speakerOf(old, "long overdue")).not.toContain("Ellis");
  });

  it("reads a sentence's subject past a quotation that ends the sentence before it", () => {
    const qs = quotes(
      'Chief constable Ray Hunt spoke first. "We have done all we can." Ms Jo Baird said she had told him on Monday, and said the case was now Mr Hunt\'s "problem" alone.',
    );
    expect(speakerOf(qs, "problem")).toBe("Jo Baird");
  });

  it("reads the subject before a passive verb of hearing or an abbreviation in brackets", () => {
    const qs = quotes(
      [
        "Union leaders welcomed the ruling and asked for talks.",
        'Later in unguarded, off-air remarks in a studio, Mr Dunmore was heard saying he was tired of "defending these clowns".',
        "",
        "Retailers welcomed the bank's decision to hold rates.",
        'The Federation of Small Traders (FST) said it was "worried by the calls" for early rises.',
        'Coach Anna Berg was quoted as saying the pitch was "a disgrace".',
      ].join("\n"),
    );
    expect(speakerOf(qs, "defending")).toBe("Dunmore");
    expect(speakerOf(qs, "worried")).toContain("Federation of Small Traders");
    expect(speakerOf(qs, "a disgrace")).toBe("Anna Berg");
  });

  it("reads an office's subject past 'meanwhile' and past its own verb in -s", () => {
    const qs = quotes(
      [
        'Health Secretary Tom Reed visited the ward. The health secretary meanwhile said the "fairness" of the plan remained.',
        "",
        'The Green leader backs a lower speed limit and has said the current one is "close to madness".',
      ].join("\n"),
    );
    expect(speakerOf(qs, "fairness")).toBe("Tom Reed");
    expect(speakerOf(qs, "close to madness")).not.toBeNull();
  });

  it("gives a relative named by the given name the family's surname", () => {
    const qs = quotes(
      [
        'The painter Ray Fletcher died on Sunday. Fletcher\'s daughter Jill said her father would be missed. "He was loved by everyone," she said.',
        "",
        'Coach Ian Prior is retiring. Prior\'s son Tom told the club website: "Dad gave everything to this team."',
      ].join("\n"),
    );
    expect(speakerOf(qs, "He was loved")).toBe("Jill Fletcher");
    expect(speakerOf(qs, "Dad gave")).toBe("Tom Prior");
    const off = switchOff("quotes.kin-surname");
    expect(
      speakerOf(quotes('Prior\'s son Tom told the club website: "Dad gave everything."', off), "Dad gave"),
    ).toBe("Tom");
  });

  it("gives a bare statement after another's term to the he/she the sentence before opens on", () => {
    const body = [
      "Opposition leader Carl Dunne toured the flooded towns on Monday.",
      'And he hit back at Tory claims he had used the victims as "props". "They are not props, they are my neighbours."',
    ].join(" ");
    expect(speakerOf(quotes(body), "They are not props")).toBe("Carl Dunne");
    const off = switchOff("quotes.term-sentence-opener");
    expect(speakerOf(quotes(body, off), "They are not props")).not.toBe("Carl Dunne");
  });

  it("gives a bare statement after another's term to the named speaker the sentence before opens on", () => {
    const body = [
      "The council row went on for a third day.",
      'In the chamber, Green councillor Ann Roe suggested the leaflets were part of a pattern and reminded members that council leader Ian Hale once called her a "local Napoleon".',
      "",
      '"Given the outrage that caused then, how could you revive it in these leaflets?"',
    ].join("\n");
    expect(speakerOf(quotes(body), "Given the outrage")).toBe("Ann Roe");
    const off = switchOff("quotes.term-sentence-named-opener");
    expect(speakerOf(quotes(body, off), "Given the outrage")).toBe("Ian Hale");
  });

  it("reads a capitalised plural group ('Judges said', 'Organisers say') as an unnamed source, not a person", () => {
    const judges = quotes(
      'The film won the top prize. Judges said it tackled the subject with "great insight".',
    );
    expect(judges[0]?.speakerKind).toBe("unnamed");
    const one = quotes('Judge Ann Roe heard the case on Monday. The judge said: "This is wrong."');
    expect(speakerOf(one, "This is wrong")).toBe("Ann Roe");
  });

  it("gives a reply after 'when asked …' to the sentence's subject, not to the question's words", () => {
    const body =
      'Goalkeeper Dan Hoyle would not discuss the final but when asked whether he would do the same again replied: "Of course I will."';
    expect(speakerOf(quotes(body), "Of course")).toMatch(/Dan Hoyle$/);
    expect(speakerOf(quotes(body, switchOff("quotes.asked-clause")), "Of course")).not.toMatch(/Dan Hoyle$/);
  });
});
