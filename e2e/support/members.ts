import { expect, type Browser, type Page } from "@playwright/test";
import { makeUser, newBrowserPage, submitSignIn, submitSignUp, type TestUser } from "./fixtures";

/**
 * The owner (signed in on `page`) invites `email` from the members page and gets the link
 * shown after creating it, as a string; the page stays on the members page.
 */
export async function inviteMember(page: Page, projectId: string, email: string, role: "Editor" | "Mentor"): Promise<string> {
  await page.goto(`/projects/${projectId}/members`);
  const form = page.getByRole("region", { name: "Invite someone" });
  await form.getByLabel("Their email").fill(email);
  await form.getByRole("radio", { name: role, exact: true }).check();
  await form.getByRole("button", { name: "Create invitation" }).click();
  const link = form.getByLabel(`Invitation link for ${email.toLowerCase()}`);
  await expect(link).toHaveValue(/\/invite\/[A-Za-z0-9_-]{43}$/);
  const pending = page.getByRole("region", { name: "Pending invitations" });
  await expect(pending.getByRole("button", { name: `Cancel invitation ${email.toLowerCase()}` })).toBeVisible();
  return link.inputValue();
}

/**
 * Opens an invitation link on `page` and accepts it as `user`: a new account made through the
 * invitation page's "Create account" link, or an existing one signed in through its "Sign in"
 * link, or the user already signed in on `page`. Ends on the project, returning its id.
 */
export async function acceptInvitation(page: Page, link: string, user: TestUser, { signUp }: { signUp: boolean }): Promise<string> {
  await page.goto(link);
  const main = page.getByRole("main");
  const accept = main.getByRole("button", { name: "Accept and join" });
  const signIn = main.getByRole("link", { name: "Sign in" });
  await expect(accept.or(signIn)).toBeVisible();
  if (signUp) {
    await main.getByRole("link", { name: "Create account" }).click();
    await expect(page).toHaveURL(/\/sign-up\?next=/);
    await submitSignUp(page, user);
  } else if (await signIn.isVisible()) {
    await signIn.click();
    await expect(page).toHaveURL(/\/sign-in\?next=/);
    await submitSignIn(page, user.email, user.password);
  }
  await expect(page).toHaveURL(new RegExp(`${new URL(link).pathname}$`));
  await accept.click();
  await expect(page).toHaveURL(/\/projects\/[0-9a-f-]{36}\/[a-z]+$/);
  return /\/projects\/([0-9a-f-]{36})\//.exec(page.url())![1]!;
}

/**
 * Someone new whom the owner (signed in on `owner`) invites, and who joins through the link
 * with a new account, in a browser of their own; their page ends on the project.
 */
export async function inviteAndJoin(browser: Browser, owner: Page, projectId: string, role: "Editor" | "Mentor") {
  const person = makeUser(role.toLowerCase());
  const link = await inviteMember(owner, projectId, person.email, role);
  const { context, page } = await newBrowserPage(browser);
  expect(await acceptInvitation(page, link, person, { signUp: true })).toBe(projectId);
  return { person, context, page };
}
