import type { OriginValues } from '../fields/origin-values';
import { LocationPicker } from './LocationPicker';
import type { StepProps } from './step-props';

export function OriginStep({ values, patch, errors }: StepProps) {
  const location: OriginValues = {
    country: values.country,
    province: values.province,
    district: values.district,
    sector: values.sector,
    cell: values.cell,
    village: values.village,
    place: values.place,
  };
  return <LocationPicker value={location} onChange={patch} errors={errors} autoFocus />;
}
