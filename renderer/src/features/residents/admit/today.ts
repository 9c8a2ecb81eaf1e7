import { todayIn } from '../../../../../shared/i18n/format';
import { useTimeZone } from '../../../i18n/format';

export { todayIn };

/** Today in the shelter's time zone (Settings): the default for admission and discharge dates. */
export function useShelterToday(): string {
  return todayIn(useTimeZone());
}
