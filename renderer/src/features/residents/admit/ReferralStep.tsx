import { ReferralFields } from '../fields/ReferralFields';
import type { StepProps } from './step-props';

/** Who referred her or him (Isange, RIB, a health centre, a village leader …). */
export function ReferralStep({ values, set, errors }: StepProps) {
  return <ReferralFields values={values} set={set} errors={errors} />;
}
