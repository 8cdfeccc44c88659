import type { CompetitorValues, DigitalProfileValues } from "./competitors-step";
import type { DemographicsValues } from "./demographics-step";
import type { CampaignValues, ContentIdeaValues, SocialPlanValues } from "./integration-step";
import type { OfferingValues } from "./offerings-step";
import type { PersonaValues } from "./personas-step";

// The handmade guitar shop from the method, declared once: the full-wizard test enters all of
// it, and a step's own spec takes its part where it needs realistic answers.
export const OFFERINGS: OfferingValues[] = [
  {
    name: "Affordable guitars",
    category: "Guitars",
    definition: "Solid-top classical and acoustic guitars, set up by hand before they leave the workshop",
    objective: "Be the first guitar that young players keep for years",
    weight: "4",
    revenueShare: "60",
    tier: /^Core/,
    audience: "Students and self-taught players on a tight budget",
  },
  {
    name: "Premium guitars",
    category: "Guitars",
    definition: "Made-to-measure guitars with aged tonewoods, two months of work each",
    objective: "Sell eight commissions a year to working musicians",
    weight: "5",
    revenueShare: "40",
    tier: /^Growth/,
    audience: "Professional and semi-professional musicians",
  },
];

export const COMPETITORS: CompetitorValues[] = [
  {
    name: "Big online instrument store",
    website: "https://www.instrument-megastore.example/guitars",
    overlap: "Starter guitars between 150 and 400 euros",
    revenueModel: "High volume, thin margins and paid warranties",
    channels: "YouTube demos, shopping ads and a weekly deals newsletter",
    notes: "Fast delivery, but nobody adjusts the guitar",
  },
  {
    name: "Madrid luthier collective",
    website: "https://luthiers-madrid.example",
    overlap: "Commissioned concert guitars",
    revenueModel: "Commissions paid in two instalments",
    channels: "Instagram workshop stories and guitar fairs",
    notes: "Eighteen-month waiting list",
  },
];

export const PROFILE: DigitalProfileValues = {
  socialNetworks: ["Instagram", "YouTube", "TikTok"],
  ownChannels: ["Flamenco guitar forums", "Guitar fairs", "Instagram ads"],
  media: ["Guitar magazine website", "Luthiers' podcast"],
  keywords: ["handmade guitar", "luthier Seville"],
  needs: "A guitar that sounds like their own at a price they can justify",
  painPoints: "Factory guitars buzz and drift out of tune; shops give little honest advice",
};

export const DEMOGRAPHICS: DemographicsValues = {
  ageMin: "18",
  ageMax: "60",
  generations: ["gen_x", "millennials", "gen_z"],
  genders: ["All genders"],
  locations: ["Seville", "Andalusia", "Online across Spain"],
  household: "Young players living with parents or sharing flats; older musicians settled, some with children who play",
  occupation: "Students, session musicians and professionals who play in their free time",
  economicLevel: "Tight budgets for the entry models; upper-middle income for the premium guitars",
  educationLevel: "Secondary school to university; several with conservatory years",
  languages: ["Spanish", "English"],
  valuesAndCustoms: "They prize craft over big brands, go to small local gigs and want to meet the luthier",
};

export const YOUNG: PersonaValues = {
  offering: "Affordable guitars",
  name: "Lucía, the young guitarist",
  description: "Nineteen, studies music in Seville and plays at open-mic nights",
  ageMin: "17",
  ageMax: "24",
  gender: "Woman",
  location: "Seville",
  occupation: "Music student with a weekend job",
  generation: "gen_z",
  goals: ["Play her first paid gig"],
  jobs: ["Practise every day without her hands hurting"],
  pains: ["Strings too high on cheap guitars"],
  gains: ["A guitar people ask about"],
  needs: "Stays in tune, under 400 euros, payable in instalments",
  motivations: "Sounding better than her classmates' factory guitars",
  ideals: "Being taken seriously as a musician",
  decisionRoles: ["Buyer"],
  needsIntermediary: true,
  channels: ["Instagram", "TikTok"],
  attractingContent: "Short before-and-after set-up videos",
  objections: "Her parents pay half: show them the warranty",
};

export const SEASONED: PersonaValues = {
  offering: "Premium guitars",
  name: "Andrés, the seasoned musician",
  description: "Forty-eight, tours with a flamenco company and records sessions",
  ageMin: "40",
  ageMax: "60",
  location: "Andalusia and Madrid",
  occupation: "Professional guitarist",
  generation: "gen_x",
  goals: ["A stage guitar that never lets him down"],
  jobs: ["Record clean takes in one go"],
  pains: ["Factory necks that move with the weather"],
  gains: ["An instrument built around his hands"],
  needs: "Stable neck, fast response, repairs while touring",
  motivations: "Pride in a guitar nobody else owns",
  ideals: "Keeping the craft of Andalusian guitar alive",
  decisionRoles: ["Decision maker", "End user"],
  needsIntermediary: false,
  channels: ["YouTube", "Guitar fairs"],
  attractingContent: "Workshop visits and tonewood comparisons",
  objections: "Two months of waiting: offer a loan guitar",
};

export const CONTENT: ContentIdeaValues[] = [
  {
    persona: YOUNG.name,
    topic: "Five signs your first guitar is holding you back",
    format: "Instagram reel, 45 seconds",
    stage: "Awareness",
    addresses: "Strings too high on cheap guitars",
    plannedOn: "2027-02-10",
  },
  {
    persona: SEASONED.name,
    topic: "Choosing the tonewood for a stage guitar",
    format: "YouTube video, 12 minutes",
    stage: "Consideration",
    addresses: "Factory necks that move with the weather",
    plannedOn: "2027-03-03",
  },
];

export const SOCIAL: SocialPlanValues[] = [
  { persona: YOUNG.name, network: "TikTok", purpose: "Show set-ups and quick fixes", frequency: "Three clips a week", tone: "Playful" },
  {
    persona: SEASONED.name,
    network: "YouTube",
    purpose: "Prove the craft in depth",
    frequency: "Two videos a month",
    tone: "Expert and calm",
  },
];

export const CAMPAIGNS: CampaignValues[] = [
  {
    offering: "Premium guitars",
    kind: "Launch",
    personas: [SEASONED.name],
    channel: "Instagram ads",
    budget: "1200",
    currency: "EUR",
    startsOn: "2027-04-01",
    endsOn: "2027-04-30",
    objective: "Open the 2027 commission list",
    successMetric: "Six booked workshop visits",
  },
  {
    offering: "Affordable guitars",
    kind: "Promotion",
    personas: [YOUNG.name],
    channel: "Instagram ads",
    budget: "300",
    currency: "EUR",
    startsOn: "2027-09-01",
    endsOn: "2027-09-20",
    objective: "Back-to-school sales",
    successMetric: "Twenty guitars sold",
  },
];
