// Session 41's quote switches (PolNeAR train classes), listed with the study sets' switches.

/** `Chris Murphy … a teacher's aide, Anne Marie Murphy, … ,” Murphy said`: two people share a
 *  surname, and the longer name is no reason to give the lone surname to the one named later. */
export const SHARED_SURNAME_FIRST_SWITCH = {
  name: "shared-surname-first",
  doc: '"Chris Murphy … a teacher, Anne Marie Murphy … said Murphy": of two people sharing a surname, the longer name does not take it from the one named first',
};

export const S41_SWITCHES = [SHARED_SURNAME_FIRST_SWITCH];
