import { Stack } from '@mantine/core';
import type { ResidentFile } from '../../../../../shared/domain/resident';
import { useFormatDate } from '../../../i18n/format';
import { useT } from '../../../i18n/useT';
import { useLocaleStore } from '../../../i18n/locale-store';
import { provinceName } from '../../../../../shared/places/provinces';
import { useCountryName } from '../fields/country-options';
import { PLACE_LEVELS } from '../fields/origin-values';
import { ageText } from './file-facts';
import { FactSection } from './FactList';

/** The identity as recorded, for roles that read the file but do not edit it. */
export function IdentityView({ file }: { file: ResidentFile }) {
  const t = useT();
  const formatDate = useFormatDate();
  const countryName = useCountryName();
  const locale = useLocaleStore((s) => s.locale);
  const i = file.identity;
  const o = file.origin;
  const rwandaPath = o
    ? PLACE_LEVELS.map((l) => (l === 'province' && o[l] ? provinceName(o[l], locale) : o[l]))
        .filter(Boolean)
        .join(' › ')
    : '';

  return (
    <Stack gap="md" maw={960}>
      <FactSection
        title={t('residentFile.identity.sections.names')}
        facts={[
          { label: t('residentFields.givenNames'), value: i.givenNames },
          { label: t('residentFields.familyName'), value: i.familyName },
          { label: t('residentFields.otherNames'), value: i.otherNames.join(', ') },
        ]}
      />
      <FactSection
        title={t('residentFile.identity.sections.person')}
        facts={[
          { label: t('residentFields.sex'), value: i.sex && t(`residentEnums.sex.${i.sex}`) },
          { label: t('residentFields.genderIdentity'), value: i.genderIdentity && t(`residentEnums.genderIdentity.${i.genderIdentity}`) },
          { label: t('residentFields.dateOfBirth'), value: i.dateOfBirth && formatDate(i.dateOfBirth) },
          { label: t('residentFile.facts.age'), value: file.ageYears == null ? '' : ageText(t, file) },
        ]}
      />
      <FactSection
        title={t('residentFile.identity.sections.contact')}
        facts={[
          { label: t('residentFields.phone'), value: i.phone },
          {
            label: t('residentFields.idDocument'),
            value: i.idDocument && `${t(`residentEnums.idDocumentType.${i.idDocument.type}`)} · ${i.idDocument.number}`,
          },
        ]}
      />
      <FactSection
        title={t('residentFile.identity.sections.background')}
        facts={[
          { label: t('residentFields.nationalities'), value: i.nationalities.map(countryName).join(', ') },
          { label: t('residentFields.languages'), value: i.languages.map((l) => t(`residentEnums.language.${l}`)).join(', ') },
          { label: t('residentFields.maritalStatus'), value: i.maritalStatus && t(`residentEnums.maritalStatus.${i.maritalStatus}`) },
          { label: t('residentFields.educationLevel'), value: i.educationLevel && t(`residentEnums.educationLevel.${i.educationLevel}`) },
          { label: t('residentFields.numberOfChildren'), value: i.numberOfChildren },
        ]}
      />
      <FactSection
        title={t('residentFile.identity.sections.origin')}
        facts={[
          { label: t('residentFields.country'), value: o && countryName(o.country) },
          { label: t('residentFile.identity.rwandaPlace'), value: rwandaPath },
          { label: t('residentFields.placeDetail'), value: o?.place },
        ]}
      />
      <FactSection
        title={t('residentFile.identity.sections.health')}
        cols={1}
        facts={[{ label: t('residentFields.healthNotes'), value: i.healthNotes }]}
      />
    </Stack>
  );
}
