import { expect, type Locator, type Page } from "@playwright/test";
import { escapeRegExp, startingWith, TextFields } from "./form-fields";
import { addChannel } from "./channels";
import { StepPage } from "./step-page";

export interface ContentIdeaValues {
  persona: string;
  topic: string;
  format?: string;
  /** The stage as the project names it in English: "Awareness", or a stage of the owner's own. */
  stage?: string;
  /** One of the persona's pains or gains as listed, or "" for none. */
  addresses?: string;
  /** YYYY-MM-DD, as a date input takes it. */
  plannedOn?: string;
}

export interface SocialPlanValues {
  persona: string;
  /** The network's name as the project's channel list shows it; added from the card when missing. */
  network: string;
  purpose?: string;
  frequency?: string;
  tone?: string;
}

export interface CampaignValues {
  offering: string;
  kind?: "Launch" | "Promotion";
  personas?: string[];
  /** Picked like a social plan's network. */
  channel?: string;
  /** As typed, e.g. "1500.50"; the page shows it back with two decimals. */
  budget?: string;
  /** ISO code, e.g. "EUR". */
  currency?: string;
  startsOn?: string;
  endsOn?: string;
  objective?: string;
  successMetric?: string;
  /** The pains and gains its message answers, under each of its personas. */
  answers?: { persona: string; items: string[] }[];
  /** The journey stage it serves, named as for a content idea; "" for none. */
  stage?: string;
}

const IDEA_STAGE = "Customer-journey stage";
const CAMPAIGN_STAGE = "Journey stage it serves";
const NO_STAGE = "No stage in particular";
/** A ready-made stage's option reads "Awareness: they discover…"; a stage of the owner's own, as typed. */
const stageOption = (stage: string) => new RegExp(`^${escapeRegExp(stage || NO_STAGE)}(:|$)`);

async function pickStage(card: Locator, label: string, stage: string): Promise<void> {
  const select = card.getByLabel(label);
  const option = select.locator("option").filter({ hasText: stageOption(stage) });
  await select.selectOption((await option.first().getAttribute("value")) ?? "");
}

const expectStage = (card: Locator, label: string, stage: string) =>
  expect(card.getByLabel(label).locator("option:checked")).toHaveText(stageOption(stage));

const CONTENT_IDEA_FIELDS = new TextFields({ format: "Format", plannedOn: "Publication date" });
const ADDRESSES = "Pain or gain it addresses";
/** What the pain-or-gain list shows when none is chosen. */
const addressesOption = (addresses: string) => addresses || "None chosen";
const SOCIAL_PLAN_FIELDS = new TextFields({ purpose: "Purpose", frequency: "Frequency", tone: "Tone" });
const CAMPAIGN_FIELDS = new TextFields({
  budget: "Amount",
  startsOn: "Start date",
  endsOn: "End date",
  objective: /^Objective$/,
  successMetric: "Metric that says it worked",
});

/** Step 5 as a user sees it, in English. */
export class IntegrationStep extends StepPage {
  constructor(page: Page) {
    super(page, "integration", { heading: "Connect your personas to your marketing", stepper: "Marketing integration" });
  }

  contentIdea(n: number): Locator {
    return this.numberedCard("Content idea", n);
  }

  socialPlan(n: number): Locator {
    return this.numberedCard("Social network", n);
  }

  campaign(n: number): Locator {
    return this.numberedCard("Campaign", n);
  }

  async addContentIdea(values: ContentIdeaValues): Promise<void> {
    await this.fillContentIdea(await this.addNumberedCard("Content idea", "+ Add a content idea"), values);
  }

  async fillContentIdea(n: number, values: Partial<ContentIdeaValues>): Promise<void> {
    const card = this.contentIdea(n);
    if (values.persona) await card.getByLabel("For which persona").selectOption({ label: values.persona });
    if (values.stage) await pickStage(card, IDEA_STAGE, values.stage);
    if (values.addresses !== undefined) await card.getByLabel(ADDRESSES).selectOption({ label: addressesOption(values.addresses) });
    await CONTENT_IDEA_FIELDS.fill(card, values);
    // Last: the heading follows the topic, which renames the card.
    if (values.topic !== undefined) await card.getByLabel("Topic").fill(values.topic);
  }

  async expectContentIdea(n: number, values: ContentIdeaValues): Promise<void> {
    const card = this.contentIdea(n);
    await expect(card.getByLabel("For which persona").locator("option:checked")).toHaveText(values.persona);
    await expect(card.getByLabel("Topic")).toHaveValue(values.topic);
    if (values.stage) await expectStage(card, IDEA_STAGE, values.stage);
    if (values.addresses !== undefined)
      await expect(card.getByLabel(ADDRESSES).locator("option:checked")).toHaveText(addressesOption(values.addresses));
    await CONTENT_IDEA_FIELDS.expect(card, values);
  }

  async addSocialPlan(values: SocialPlanValues): Promise<void> {
    const card = this.socialPlan(await this.addNumberedCard("Social network", "+ Add a social network"));
    await card.getByLabel("For which persona").selectOption({ label: values.persona });
    await SOCIAL_PLAN_FIELDS.fill(card, values);
    await pickChannel(card, "Social network", values.network);
  }

  async expectSocialPlan(n: number, values: SocialPlanValues): Promise<void> {
    const card = this.socialPlan(n);
    await expect(card.getByLabel("For which persona").locator("option:checked")).toHaveText(values.persona);
    await expect(card.getByLabel("Social network", { exact: true }).locator("option:checked")).toHaveText(values.network);
    await SOCIAL_PLAN_FIELDS.expect(card, values);
  }

  async addCampaign(values: CampaignValues): Promise<void> {
    await this.fillCampaign(await this.addNumberedCard("Campaign", "+ Add a campaign"), values);
  }

  async fillCampaign(n: number, values: Partial<CampaignValues>): Promise<void> {
    let card = this.campaign(n);
    if (values.offering) {
      await card.getByLabel("Offering", { exact: true }).selectOption({ label: values.offering });
      card = this.campaign(n);
    }
    if (values.kind) await card.getByRole("radio", { name: startingWith(values.kind) }).check();
    for (const persona of values.personas ?? []) {
      const box = card.getByRole("checkbox", { name: persona, exact: true });
      // Personas of other offerings are listed on request.
      if (!(await box.isVisible())) await card.getByRole("checkbox", { name: "Also show personas of other offerings" }).check();
      await box.check();
    }
    for (const { persona, items } of values.answers ?? []) for (const item of items) await answer(card, persona, item).check();
    if (values.currency) await card.getByLabel("Currency").selectOption(values.currency);
    if (values.channel) await pickChannel(card, "Channel", values.channel);
    if (values.stage !== undefined) await pickStage(card, CAMPAIGN_STAGE, values.stage);
    await CAMPAIGN_FIELDS.fill(card, values);
  }

  async expectCampaign(n: number, values: CampaignValues): Promise<void> {
    const card = this.campaign(n);
    await expect(card.getByLabel("Offering", { exact: true }).locator("option:checked")).toHaveText(values.offering);
    if (values.kind) await expect(card.getByRole("radio", { name: startingWith(values.kind) })).toBeChecked();
    for (const persona of values.personas ?? []) await expect(card.getByRole("checkbox", { name: persona, exact: true })).toBeChecked();
    if (values.currency) await expect(card.getByLabel("Currency")).toHaveValue(values.currency);
    if (values.channel) await expect(card.getByLabel("Channel", { exact: true }).locator("option:checked")).toHaveText(values.channel);
    if (values.stage !== undefined) await expectStage(card, CAMPAIGN_STAGE, values.stage);
    await CAMPAIGN_FIELDS.expect(card, values);
    if (values.answers) {
      const ticked = values.answers.flatMap(({ persona, items }) => items.map((item) => answer(card, persona, item)));
      for (const box of ticked) await expect(box).toBeChecked();
      await expect(answersGroup(card).getByRole("checkbox", { checked: true })).toHaveCount(ticked.length);
    }
  }
}

/** A campaign's "Pains and gains it answers": a group per persona, then per kind. */
function answersGroup(card: Locator): Locator {
  return card.getByRole("group", { name: "Pains and gains it answers" });
}

/** The checkbox of one pain or gain of a persona in a campaign card. */
export function answer(card: Locator, persona: string, item: string): Locator {
  return answersGroup(card).getByRole("group", { name: persona, exact: true }).getByRole("checkbox", { name: item, exact: true });
}

/** Picks one of the project's channels in a card's list box, adding it from the card when missing. */
async function pickChannel(card: Locator, label: string, name: string): Promise<void> {
  const select = card.getByLabel(label, { exact: true });
  if (await select.locator("option", { hasText: new RegExp(`^${escapeRegExp(name)}$`) }).count())
    await select.selectOption({ label: name });
  else await addChannel(card, name);
  await expect(select.locator("option:checked")).toHaveText(name);
}
