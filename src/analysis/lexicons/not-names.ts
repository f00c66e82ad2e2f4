// Capitalised words that are not actors: days and months, sentence openers, events, things.

import { words } from "./word-list.ts";

/** Capitalised words that are never (part of) an actor's name. */
export const NEVER = words(`
  Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August
  September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Christmas Easter
  Internet Web God I I'm I've I'll I'd OK TV AM PM BST GMT EST CET UTC Mbps Kbps GB MB AI
  Mrs Mr Ms Dr
`);

/** Capitalised words that commonly start a sentence and are not names (besides stopwords). */
export const SENTENCE_STARTERS = words(`
  Yet However Meanwhile Still Despite Last Next Shortly Speaking Although Though Since Under Among Asked
  Analysts Officials Experts Critics Supporters Police Many Most Some Several Both Either Neither Now Then Today
  Earlier Later Instead Already Once Even Never Only Just Such Another Other Every Each Further Overall Also
  According Following Amid Across Along Around Behind Beyond Inside Outside Within Without Towards Toward
  Unlike Like Including Given Having Being Here There Thus Hence Indeed Perhaps Maybe Finally First Second
  Third Sources Our Their His Her Its My Your
  Nevertheless Nonetheless Moreover Furthermore Besides Otherwise Likewise Similarly Consequently
  Accordingly Therefore Additionally Ultimately Eventually Initially Originally Currently Recently
  Previously Subsequently Clearly Obviously Apparently Certainly Surely Admittedly Fortunately
  Unfortunately Interestingly Importantly Notably Separately Elsewhere Altogether Anyway Nowadays
`);

/** Last words of names of events, awards and competitions: "Jesse Owens Awards" is not a person. */
export const EVENT_HEADS = words(`
  Award Awards Prize Prizes Cup Games Olympics Championship Championships Festival Show Trophy Open Final
  Finals Tournament Series Grand Prix Marathon Summit Conference Day Week Act Bill Treaty Agreement Accord
`);

/** Upper-case abbreviations of things, not actors: "a PC", "a DVD", "VAT". */
export const THING_ACRONYMS = words(`
  PC PCs PVR PVRs DVD DVDs CD CDs TV GDP VAT ID IDs PE IT HIV AIDS SMS MMS ISP ADSL DSL PIN MP3 GPS USB RAM
  CPU HD LCD RSS URL PDF FAQ DNA CCTV GCSE GCSEs ASBO ASBOs MW GW FM IVF SUV SUVs IQ XP OS
`);
