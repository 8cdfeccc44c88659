import type { PersonaB2b } from "@/lib/validation/persona-b2b";

/** A guitar workshop's buyer at a music school: the B2B persona the tests share. */
export const MUSIC_SCHOOL_B2B: PersonaB2b = {
  industry: "Music education",
  companySize: "10_49",
  jobTitle: "Head of the music school",
  committee: "Owner — signs off the budget\nGuitar teachers — test the instruments",
};
