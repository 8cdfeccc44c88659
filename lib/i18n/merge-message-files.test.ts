import { describe, expect, it } from "vitest";
import { loadMessages } from "./load-messages";
import { LOCALES } from "./locales";
import { mergeMessageFiles } from "./merge-message-files";

describe("mergeMessageFiles", () => {
  it("puts each file's namespaces side by side", () => {
    const merged = mergeMessageFiles([
      { file: "en.json", messages: { common: { save: "Save" }, errors: { required: "Fill in this field." } } },
      { file: "steps/plan.en.json", messages: { plan: { title: "Plan" } } },
    ]);
    expect(merged).toEqual({ common: { save: "Save" }, errors: { required: "Fill in this field." }, plan: { title: "Plan" } });
  });

  it("refuses a namespace that two files define, naming it and both files", () => {
    const load = () =>
      mergeMessageFiles([
        { file: "en.json", messages: { common: { save: "Save" }, plan: { title: "Plan" } } },
        { file: "steps/plan.en.json", messages: { plan: { title: "Marketing plan" } } },
      ]);
    expect(load).toThrow('Message namespace "plan" is defined in both en.json and steps/plan.en.json');
  });

  it.each(LOCALES)("loads the real %s catalogue, whose files share no namespace", async (locale) => {
    const messages = await loadMessages(locale);
    expect(Object.keys(messages)).toEqual(expect.arrayContaining(["common", "errors", "wizard", "offerings", "plan", "exportDocx"]));
  });
});
