"use server";

import { revalidatePath } from "next/cache";
import * as z from "zod/mini";
import { deleteAllCustomerData, saveSegmentValue } from "@/db/queries/customer-data";
import { segmentValueSchema } from "@/lib/validation/customer-import";
import { projectAction } from "./safe-action";

const refreshCustomers = (projectId: string) => revalidatePath(`/projects/${projectId}/customers`);

/** The owner's wipe of every import, line and segment value (customers.delete: the owner alone). */
export const deleteAllCustomerDataAction = projectAction(z.object({}), async (_values, { user, projectId }) => {
  await deleteAllCustomerData({ actor: user, projectId });
  refreshCustomers(projectId);
  return {};
});

/** A segment's potential and note, which whoever edits the project's answers may set. */
export const saveSegmentValueAction = projectAction(segmentValueSchema, async (values, { user, projectId }) => {
  const saved = await saveSegmentValue({ actor: user, projectId, ...values });
  refreshCustomers(projectId);
  return saved;
});
