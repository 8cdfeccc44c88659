import { beforeEach, expect, it, vi } from "vitest";
import { logger } from "@/lib/log/logger";
import { emailStepNews } from "./step-news";

const sendMail = vi.fn();
vi.mock("@/lib/config/env", () => ({ loadEnv: () => ({ SMTP_URL: "smtp://mail.example.test:2525", APP_URL: "https://perfila.example" }) }));
vi.mock("nodemailer", () => ({ createTransport: () => ({ sendMail }) }));
// Message keys and their values stand in for the catalogue: what matters is which one is used, with what.
vi.mock("next-intl/server", () => ({
  getTranslations: async (namespace: string) => (key: string, values?: Record<string, string>) =>
    `${namespace}.${key}${values ? ` ${JSON.stringify(values)}` : ""}`,
}));

const news = { projectId: "p-1", projectName: "Lutería Lorca", step: 4, kind: "step_ready", authorName: "Olga", note: "Done." } as const;

beforeEach(() => {
  sendMail.mockReset();
});

it("emails each newly told mentor the ready news with a link to the step", async () => {
  sendMail.mockResolvedValue({});
  await emailStepNews([{ email: "marta@example.test", name: "Marta" }], news);
  expect(sendMail).toHaveBeenCalledTimes(1);
  const [mail] = sendMail.mock.calls[0]!;
  expect(mail).toMatchObject({ to: "marta@example.test", from: "Perfila <no-reply@localhost>" });
  expect(mail.subject).toContain("notifications.email.subjectReady");
  expect(mail.text).toContain("https://perfila.example/projects/p-1/personas");
  expect(mail.text).toContain('"note":"Done."');
});

it("sends nothing when nobody is newly told", async () => {
  await emailStepNews([], { ...news, kind: "step_changed" });
  expect(sendMail).not.toHaveBeenCalled();
});

it("logs a mail server's refusal instead of failing what it follows", async () => {
  sendMail.mockRejectedValue(new Error("550 refused"));
  const logged = vi.spyOn(logger, "error").mockImplementation(() => {});
  await expect(emailStepNews([{ email: "marta@example.test", name: "Marta" }], news)).resolves.toBeUndefined();
  expect(logged).toHaveBeenCalledWith({ err: expect.any(Error) }, "notifications: the email could not be sent");
  logged.mockRestore();
});
