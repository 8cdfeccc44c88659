import type { ExampleContent, ExampleIds } from "./content";

/** Steps 1 to 3 of the English example: what the workshop sells, who else sells it, and to whom. */
export function marketEn(id: ExampleIds): Pick<ExampleContent, "offerings" | "competitors" | "demographics"> {
  return {
    offerings: {
      categories: [
        { id: id("category.guitars"), name: "Guitars" },
        { id: id("category.services"), name: "Services" },
      ],
      offerings: [
        {
          id: id("offering.student"),
          categoryId: id("category.guitars"),
          name: "Student series guitar",
          definition:
            "A classical guitar with a solid cedar top, built in batches of ten in the workshop and sold at €650 with a free set-up after three months.",
          objective: "Win young players early, so that they come back for repairs and, years later, for a concert guitar.",
          weight: 3,
          revenueShare: 35,
          tier: "growth",
          audience: "Students and young players who have outgrown their first guitar and have little money to spend.",
        },
        {
          id: id("offering.concert"),
          categoryId: id("category.guitars"),
          name: "Concert guitar made to order",
          definition:
            "A guitar built entirely by hand to the player's measurements and sound, in spruce or cedar and rosewood, delivered in about four months from €3,800.",
          objective: "Carry the workshop's name and most of its margin.",
          weight: 5,
          revenueShare: 50,
          tier: "core",
          audience: "Experienced and professional guitarists who want an instrument for the rest of their career.",
        },
        {
          id: id("offering.repairs"),
          categoryId: id("category.services"),
          name: "Repairs and set-ups",
          definition: "Set-ups, fret work, cracks and bridges for any guitar, made here or not, usually ready within a week.",
          objective: "Bring steady income every week and new guitarists through the door.",
          weight: 2,
          revenueShare: 15,
          tier: "complementary",
          audience: "Local guitarists whose instrument buzzes, has cracked or has become hard to play.",
        },
      ],
    },
    competitors: {
      competitors: [
        {
          id: id("competitor.chain"),
          name: "MusicMax (chain store)",
          website: "https://musicmax.example",
          overlap: "Factory-made classical guitars from €150 to €1,500.",
          revenueModel: "Sells in volume, with financing and accessories on every sale.",
          channels: "Shopping ads, price-comparison sites and unboxing videos by reviewers.",
          notes: "Wins on price and stock; players say the staff cannot advise on set-up or woods.",
        },
        {
          id: id("competitor.marketplace"),
          name: "Second-hand marketplaces",
          website: "",
          overlap: "Used handmade guitars, sometimes from well-known makers.",
          revenueModel: "The platform takes a fee on each sale between private sellers.",
          channels: "Marketplace search and chats with sellers.",
          notes: "Cheap, but buyers cannot try the guitar or know its real condition.",
        },
        {
          id: id("competitor.luthier"),
          name: "Albéniz workshop (luthier in Granada)",
          website: "https://albeniz-workshop.example",
          overlap: "Concert guitars made to order.",
          revenueModel: "Commissions paid with a deposit and the rest on delivery.",
          channels: "Build diaries on Instagram, word of mouth at conservatories, guitar festivals.",
          notes: "Excellent name, but a waiting list of more than a year.",
        },
      ],
      channels: [
        { id: id("channel.instagram"), name: "instagram" },
        { id: id("channel.youtube"), name: "youtube" },
        { id: id("channel.facebook"), name: "facebook" },
        { id: id("channel.newsletter"), name: "newsletter" },
        { id: id("channel.search"), name: "search_ads" },
        { id: id("channel.events"), name: "events" },
        { id: id("channel.schools"), name: "Music schools" },
      ],
      digitalProfile: {
        media: ["Classical guitar forums", "YouTube guitar channels", "Guitar magazines"],
        keywords: ["handmade classical guitar", "luthier Seville", "guitar set-up Seville", "concert guitar price"],
        needs: "To hear and try a guitar before paying for it, and advice from someone who knows how it was built.",
        painPoints: "Factory guitars sound alike and buzz; handmade ones look unaffordable or come after a year of waiting.",
      },
    },
    demographics: {
      ageMin: 17,
      ageMax: 65,
      generations: ["gen_x", "millennials", "gen_z"],
      genders: ["allGenders"],
      locations: ["Seville", "Andalusia", "Rest of Spain (by appointment)"],
      household: "From students living with their family to settled professionals with children.",
      occupation: "Music students, teachers, working musicians and amateurs with other jobs.",
      economicLevel: "From tight student budgets to upper-middle incomes among established players.",
      educationLevel: "Many trained at a conservatory or a music school.",
      languages: ["Spanish", "English"],
      valuesAndCustoms:
        "They value craft, tradition and knowing the maker; they decide after trying the instrument and asking their teacher or fellow players.",
    },
  };
}
