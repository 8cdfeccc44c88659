import * as z from "zod/mini";
import { stepNumber } from "./comments";

/** A notification is about one step of one project; the project id travels beside the values. */
export const stepNotificationSchema = z.object({ step: stepNumber });

export type StepNotificationInput = z.infer<typeof stepNotificationSchema>;
