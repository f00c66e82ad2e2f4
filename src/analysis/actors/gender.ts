// Grammatical gender of a person's name, for resolving "he"/"she": an honorific ("Mr", "Ms",
// "Sir", "Lady"), else a modest lexicon of common given names (about 350 each, written for this
// module: frequent British, American and Commonwealth first names, some others; ambiguous names
// such as Chris, Sam, Alex, Jo, Robin, Lee, Kim are left out). Unknown names are "any": the article's own
// pronouns decide (see coref/mentions.ts, the actor model's coreference).

import { GIVEN_NAMES } from "../lexicons/person-names.ts";
import { HONORIFIC_GENDER } from "../lexicons/titles.ts";

export type Gender = "male" | "female" | "any";

const words = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

/** Common male given names (lower case). */
export const MALE_NAMES: ReadonlySet<string> = words(`
  aaron adam adrian alan albert alfred alistair allan andrew andy angus anthony antony archie arnold
  arthur barry ben benjamin bernard bill billy bob bobby brendan brian bruce bryan carl charles charlie
  clive colin craig dale damian damien daniel danny darren dave david dean dennis derek des desmond
  dominic donald doug douglas duncan dylan eddie edward edwin eric ernest euan evan frank frankie fred
  freddie frederick gareth gary gavin geoff geoffrey george gerald gerard gordon graham grant
  greg gregory guy harold harry harvey henry herbert howard hugh hugo iain ian isaac ivan jack jacob
  jake james jamie jason jeff jeffrey jeremy jerry jim jimmy joe joel john johnny jon jonathan jose
  joseph josh joshua julian justin keith kelvin ken kenneth kevin kieran kyle lawrence len leo
  leon leonard lewis liam lionel louis luke malcolm marcus mark martin matt matthew maurice max michael
  mick mike miles mohammed muhammad murray nathan neil nicholas nick nigel noel norman oliver oscar owen
  patrick paul pete peter phil philip phillip ralph ray raymond reg richard rick ricky rob robert
  roberto rod rodney roger roland ron ronald ronnie rory ross roy rupert russell ryan scott sean
  sebastian sidney simon stanley stephen steve steven stewart stuart ted terence terry theo thomas
  tim timothy toby tom tommy tony trevor vernon victor vincent walter warren wayne william willie
  zach gerry gus hamish ewan fergus hans klaus jacques pierre jean-pierre juan carlos luis miguel
  pedro pablo antonio giovanni marco luca paolo sergio vladimir dmitry boris igor mikhail andrei
  sven lars anders jens rafael diego fernando ahmed ali hassan
  bernie mitt newt rand jeb rudy reince chuck mitch elijah nathaniel ezra zachary tyler austin
  brandon brett bradley brad chad cody cory corey curtis dustin derrick dwight elliot elliott ethan
  floyd francisco gabriel garrett gene glenn glen hank herman homer jared javier jerome joaquin jorge
  julio kurt lamar lance larry leroy lloyd lorenzo lucas manuel marvin mason melvin micah milton
  mitchell nelson neal norris otis percy preston quentin ramon randall randy raul reggie rex ricardo
  rodrigo ruben rudolph salvador samuel shane shawn sheldon sherman stefan tobias travis troy tyrone
  vince wade wallace wendell wesley wilbur willard winston xavier ahmad omar mohammad mahmoud khalid
  abdullah yusuf ibrahim mustafa hussein rahm barack bashar benny dick don donnie duane dwayne earl
  ed eli emmanuel enrique erik ernie eugene felix fidel franklin gerhard gil gilbert gregg hal
  harrison herb hector isaiah jay jeremiah joey jonah jonas josiah karl kenny kirk leonardo lyndon
  marc mario mathew maxwell mohamed moses nate ned nicolas nikolai saul seth silas solomon stan
  sylvester teddy tomas vic wolfgang yuri zack
  francois michel alain philippe yves rene henri marcel andre gilles laurent olivier thierry didier
  edouard jean-claude jean-marie jean-louis jean-luc jean-paul helmut juergen jurgen horst gunther
  guenter dieter manfred otto heinz wilhelm friedrich hermann rudolf werner ulrich uwe joachim
  wim willem pieter hendrik dirk johan sergei alexei viktor yevgeny oleg anatoly gennady leonid
  pavel giuseppe giorgio franco carlo alberto massimo fabio gianni silvio romano enrico umberto
  alessandro stefano jesus alfonso felipe ignacio alvaro gustavo guillermo arturo ernesto jaime
  joao luiz hosni yasser saddam abdul hamid faisal rashid walid samir nabil tariq rajiv rahul
  sanjay vijay manmohan thabo kofi hiroshi takeshi kenji akira satoshi yasuhiro toshio noboru
  masahiro yoshio kazuo shigeru tadashi ichiro junichiro shinzo taro koichi makoto
  rhys huw gethin dafydd alun emlyn ieuan dai bryn idris aled iwan callum connor declan seamus
  ciaran niall cormac padraig eamon eamonn fintan donal ruairi alasdair alistair angus euan lachlan
  craig darren dean wayne jamie kieron kirk stuart ross grant barry clive derek dennis des
  gareth gavin glyn howard jeremy ken lenny mal mervyn nobby ollie reece ricky robbie sid stevie
  arjun rajesh sunil anil ravi deepak amit vikram imran tariq asif zafar
`);

/** Common female given names (lower case). */
export const FEMALE_NAMES: ReadonlySet<string> = words(`
  abigail ada alice alison amanda amber amelia amy andrea angela angelina ann anna anne annie april
  barbara beatrice becky belinda beth bethany betty beverley brenda bridget carla carol caroline
  carolyn catherine cathy charlotte cheryl chloe christina christine claire clare colleen cynthia
  daisy dana danielle debbie deborah debra denise diana diane dolores donna doris dorothy edith
  eileen elaine eleanor elizabeth ella ellen elsie emily emma erica esther eva eve evelyn fiona
  florence frances gail gemma georgina geraldine gillian gina gloria grace hannah harriet hazel
  heather helen helena holly imogen irene isabel isabella jackie jacqueline jane janet janice jean
  jennifer jenny jessica jill jo-anne joan joanna joanne josephine joy joyce judith judy julia julie
  june karen kate katherine kathleen kathryn kathy katie kay kelly kirsty laura lauren lesley
  lily linda lisa liz lois lorna lorraine louise lucy lydia lynn lynne madeleine maggie mandy margaret
  maria marian marie marion martha mary maureen megan melanie melissa michelle mildred miranda molly
  monica nancy naomi natalie natasha nicola nicole nina nora norma olivia pamela patricia paula
  pauline penelope penny philippa rachel rebecca rita rosa rose rosemary ruth sally samantha sandra
  sara sarah sharon sheila shirley sonia sophie stella stephanie sue susan suzanne sylvia tanya
  teresa tessa theresa tina tracey tracy valerie vanessa vera veronica victoria violet virginia
  wendy yvonne zoe zoë kylie madonna britney beyonce oprah hillary condoleezza
  ségolène angelique nadia olga svetlana ingrid greta anja
  kellyanne monique mayra bonnie nikki megyn alexandra allison ana angie ariana ashley audrey
  bernadette betsy beverly brittany brooke camille candace carmen carrie cassandra cecilia celeste
  charlene christy cindy claudia connie courtney debora delia dianne dolly dominique doreen dora edna
  eliza elena elsa emilia erin estelle ethel felicia francesca gabriela gabrielle gertrude gwen
  gwendolyn heidi hilda ida iris isabelle ivanka jasmine jeanne jeanette jenna jillian jodi juanita
  kara karin karina katrina kayla kelli kendra kristen kristin kristina lana latoya laurie leah lena
  lillian loretta lori lucille luisa mabel mae marcia margarita marilyn marla marlene marsha maxine
  maya melinda meredith michele mindy miriam mona muriel myra nadine nell nellie noreen patsy patti
  peggy phyllis priscilla rachael ramona renee rhonda roberta rosalind roxanne sabrina selena serena
  sheryl shelley sherry sonya stacy stacey susie tamara tammy tara teri terri thelma tiffany trisha
  ursula valeria vivian wanda yolanda marisa maryam fatima aisha leila layla yasmin zainab samira
  sofia sophia irina natalia tatiana yulia chelsea ivana melania
  francoise brigitte sylvie nathalie martine christiane gerda helga birgit petra sabine ulrike
  giulia paola chiara pilar mercedes lucia yoko keiko akiko yuko michiko benazir indira
  shona morag mairi eilidh iona catriona ailsa morven isla kirsteen fionnuala siobhan aoife niamh
  sinead orla roisin grainne deirdre bronwen rhian sian ceri cerys nia angharad ffion carys eleri
  kayleigh kerry leanne jade chantelle stacey gemma lindsey lindsay hayley charlene shelley toni
  jodie becki vicky bev jill jenni maxine janine lorna lynsey shauna danielle keeley
  amina priya anjali sunita nisha asha meera shabana nasreen
`);

/** A given name the lexicons know ("Vince", "Chris"), as written: the person-names list or either gender's. */
export function knownGivenName(w: string): boolean {
  const k = w.toLowerCase();
  return GIVEN_NAMES.has(w) || MALE_NAMES.has(k) || FEMALE_NAMES.has(k);
}

/** Gender of a name as written ("Ms Essex", "Norman Cook", "Lord Goldsmith"), or "any". */
export function genderOfName(name: string): Gender {
  const ws = name.split(/\s+/).filter(Boolean);
  for (const w of ws) {
    const g = HONORIFIC_GENDER[w.toLowerCase()];
    if (g && g !== "any") return g;
  }
  for (const w of ws) {
    if (!/^\p{Lu}/u.test(w)) continue;
    const l = w.toLowerCase().replace(/[.,]$/, "");
    if (MALE_NAMES.has(l)) return "male";
    if (FEMALE_NAMES.has(l)) return "female";
    if (!HONORIFIC_GENDER[l]) break; // only the first name word after honorifics counts
  }
  return "any";
}
