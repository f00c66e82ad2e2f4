// The parts of people's names: given names, particles, suffixes.

import { forms, words } from "./word-list.ts";

/** Common English given names (a small list): a two-word capitalised phrase starting with one is a person. */
export const GIVEN_NAMES = words(`
  James John Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew Anthony Mark
  Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Edward Jason Jeffrey Ryan Jacob
  Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel Gregory Alexander Frank
  Patrick Raymond Jack Dennis Jerry Tyler Aaron Jose Adam Nathan Henry Douglas Zachary Peter Kyle Ethan Walter
  Noah Jeremy Christian Keith Roger Terry Gerald Harold Sean Austin Carl Arthur Lawrence Dylan Jesse Jordan
  Bryan Billy Joe Bruce Gabriel Logan Albert Willie Alan Juan Wayne Elijah Randy Roy Vincent Ralph Eugene
  Russell Bobby Mason Philip Louis Tony Tom Tim Jim Bill Bob Mike Dave Steve Chris Nick Ben Sam Dan Matt Rob
  Ian Neil Gordon Alistair Nigel Colin Graham Simon Martin Stuart Iain Hugh Malcolm Gavin Glenn Craig Clive
  Tony Marco Carlos Luis Miguel Pedro Jorge Manuel Javier Francisco Antonio Rafael Ricardo Fernando Andres
  Alejandro Diego Pablo Sergio Emmanuel Vladimir Boris Sergei Xi Li Wang Mohammed Muhammad Ahmed Ali Omar
  Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy Betty Margaret Sandra
  Ashley Kimberly Emily Donna Michelle Carol Amanda Dorothy Melissa Deborah Stephanie Rebecca Sharon Laura
  Cynthia Kathleen Amy Angela Shirley Anna Brenda Pamela Emma Nicole Helen Samantha Katherine Christine Debra
  Rachel Carolyn Janet Catherine Maria Heather Diane Ruth Julie Olivia Joyce Virginia Victoria Kelly Lauren
  Christina Joan Evelyn Judith Megan Andrea Cheryl Hannah Jacqueline Martha Gloria Teresa Ann Sara Madison
  Frances Kathryn Janice Jean Abigail Alice Judy Sophia Grace Denise Amber Doris Marilyn Danielle Beverly
  Isabella Theresa Diana Natalie Brittany Charlotte Marie Kayla Alexis Lori Claudia Kristi Kelli Marion Tessa
  Jane Kate Lucy Sally Clare Claire Fiona Gillian Harriet Tessa Jo Liz Beth Ruth Ellen Anne Kirsty Nicola
  Hillary Condoleezza Angela Theresa Keir Rishi Boris Liz Ed Ken Len Les Jon Leo Max Oscar Hugo Felix Ivan
`);

/** Lower-case particles inside names: "de la Fuente", "van Gogh", "bin Salman", Welsh "ap Rhys". */
export const PARTICLES_IN_ACTOR_NAMES = words(
  `de la del della der den di da dos das du van von bin ibn al el le ter ten st ap`,
);

/** Particles inside personal names ("Juan Ramón de la Fuente", "Ludwig van Beethoven"). */
export const PARTICLES_IN_SPEAKER_NAMES: ReadonlySet<string> = new Set(
  forms(`de la del della di da das dos du le van von der den ter bin ibn al el abu st st. y e ap`),
);

/** Words that end a person's name ("Martin Luther King Jr", "James Morley III"). */
export const NAME_SUFFIXES = words(`Jr Jr. Sr Sr. II III IV`);
