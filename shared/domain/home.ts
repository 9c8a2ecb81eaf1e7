import { z } from 'zod';

/** One calendar month of the shelter, for the manager's Home charts. */
export const homeMonthSchema = z.object({
  /** YYYY-MM */
  month: z.string(),
  /** People with a stay on any day of the month. */
  occupancy: z.number().int(),
  admissions: z.number().int(),
  discharges: z.number().int(),
});

export const managerHomeSchema = z.object({
  /** In the shelter today. */
  occupancyNow: z.number().int(),
  /** The last twelve months, oldest first, this month last. */
  months: z.array(homeMonthSchema),
});
export type ManagerHome = z.infer<typeof managerHomeSchema>;
