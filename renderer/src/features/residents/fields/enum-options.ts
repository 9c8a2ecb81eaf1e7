import { RESIDENT_ENUMS } from '../../../../../shared/enums/resident';
import type { MessageKey } from '../../../../../shared/i18n/translate';
import type { TFunction } from '../../../i18n/useT';

export type EnumName = keyof typeof RESIDENT_ENUMS;

/** An enumeration as select options, labelled from `residentEnums.<enum>.<id>`. */
export function enumOptions(t: TFunction, name: EnumName): { value: string; label: string }[] {
  return RESIDENT_ENUMS[name].map((id) => ({ value: id, label: t(`residentEnums.${name}.${id}` as MessageKey) }));
}
