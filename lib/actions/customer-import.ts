"use server";

import { revalidatePath } from "next/cache";
import { appendCustomerLines, cancelCustomerImport, finishCustomerImport, startCustomerImport } from "@/db/queries/customer-imports";
import { appendCustomerLinesSchema, customerImportRefSchema, startCustomerImportSchema } from "@/lib/validation/customer-import";
import { projectAction } from "./safe-action";

// The browser imports a checked file in steps: start, one append per batch (its progress bar),
// then finish, or cancel at any point. Every step is its own request, which any instance may
// answer, and the rights (customers.rows: owner and editor) are checked in the data-access layer.

export const startCustomerImportAction = projectAction(startCustomerImportSchema, async (values, { user, projectId }) => ({
  importId: await startCustomerImport({ actor: user, projectId, ...values }),
}));

/** Pass a fresh `saveId` per batch, and the same one when retrying it: a batch is then stored once. */
export const appendCustomerLinesAction = projectAction(appendCustomerLinesSchema, (values, { user, projectId, saveId }) =>
  appendCustomerLines({ actor: user, projectId, importId: values.importId, lines: values.lines, batchId: saveId }),
);

// Only a finished import counts, so only a finish changes what the customers page shows.
export const finishCustomerImportAction = projectAction(customerImportRefSchema, async (values, { user, projectId }) => {
  const finished = await finishCustomerImport({ actor: user, projectId, importId: values.importId });
  revalidatePath(`/projects/${projectId}/customers`);
  return finished;
});

export const cancelCustomerImportAction = projectAction(customerImportRefSchema, (values, { user, projectId }) =>
  cancelCustomerImport({ actor: user, projectId, importId: values.importId }),
);
