import type { PlanTexts } from "./plan";

/** Step 5 of the English example, in words. */
export const PLAN_EN: PlanTexts = {
  ideas: {
    woods: { topic: "Factory guitar or solid top: hear the difference in one minute", format: "Short video" },
    exam: { topic: "How to choose your guitar for the conservatory exam", format: "Article with a checklist" },
    teachers: { topic: "What to look for in a student's guitar: a guide for teachers", format: "Printable guide" },
    diary: { topic: "Build diary: a concert guitar from the wood to the stage", format: "Video series" },
    hall: { topic: "Heard from the back row: three of our guitars in a concert hall", format: "Recording" },
    buzz: { topic: "Before and after: fixing a buzzing guitar", format: "Reel" },
    summer: {
      topic: "Looking after your guitar in a Seville summer",
      format: "Newsletter",
      addresses: "Keeping the guitar playable between repairs",
    },
  },
  social: {
    instagram: {
      purpose: "Students playing our guitars; answers about trying and instalments",
      frequency: "Three times a week",
      tone: "Close and encouraging",
    },
    newsletter: {
      purpose: "Open days for classes and news that teachers can pass on",
      frequency: "Monthly",
      tone: "Between colleagues",
    },
    youtube: { purpose: "Build diaries and recordings in concert halls", frequency: "Twice a month", tone: "Calm and expert" },
    facebook: { purpose: "Repair stories and free set-up days for local bands", frequency: "Weekly", tone: "Friendly and practical" },
  },
  campaigns: {
    student: {
      objective: "Sell 25 student series guitars before the exam season",
      successMetric: "25 guitars sold and 60 visits to try them",
    },
    concert: { objective: "Sign four commissions at two guitar festivals", successMetric: "4 signed commissions" },
    repairs: { objective: "Fill the repair bench in the quietest month", successMetric: "40 repairs booked" },
  },
};
