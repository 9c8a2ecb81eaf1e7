import { Select, SimpleGrid, Stack, TextInput, type ComboboxItem, type SelectProps } from '@mantine/core';
import { placeMatches, provinceMatches, provinceName, type ProvinceKey } from '../../../../../shared/places/provinces';
import { useLocaleStore } from '../../../i18n/locale-store';
import { useT } from '../../../i18n/useT';
import { useCountryOptions } from './country-options';
import { EMPTY_ORIGIN, PLACE_LEVELS, type OriginValues, type PlaceLevel } from './origin-values';
import { usePlaceNames } from './place-names';

type Filter = NonNullable<SelectProps['filter']>;
type Item = Parameters<Filter>[0]['options'][number];
const isOption = (o: Item): o is ComboboxItem => 'value' in o;

/** Any official name or common spelling of a province finds it ("Iburengerazuba", "Western", "Ouest"). */
const filterProvinces: Filter = ({ options, search }) =>
  options.filter((o) => isOption(o) && provinceMatches(o.value as ProvinceKey, search));

/** Lower levels: case, accents and one slip ignored, as in resident search. */
const filterPlaces: Filter = ({ options, search }) => options.filter((o) => isOption(o) && placeMatches(o.label, search));

function PlaceSelect(props: {
  level: PlaceLevel;
  origin: OriginValues;
  onChange: (changes: Partial<OriginValues>) => void;
  error?: string;
}) {
  const t = useT();
  const locale = useLocaleStore((s) => s.locale);
  const { level, origin } = props;
  const index = PLACE_LEVELS.indexOf(level);
  const above = PLACE_LEVELS.slice(0, index);
  const names = usePlaceNames(
    Object.fromEntries(above.map((l) => [l, origin[l]])),
    origin.country === 'RW' && above.every((l) => origin[l]),
  );
  const value = origin[level];
  // A stored name is shown even before (or without) the list arriving.
  const values = value && !names.includes(value) ? [value, ...names] : names;
  // Provinces are stored by one canonical value and shown in the chosen language.
  const data = level === 'province' ? values.map((v) => ({ value: v, label: provinceName(v, locale) })) : values;
  const disabled = index > 0 && !origin[PLACE_LEVELS[index - 1]!];
  return (
    <Select
      label={t(`residentFields.place.${level}`)}
      data={data}
      value={value || null}
      // Choosing a level clears the ones below it: a sector belongs to one district only.
      onChange={(v) => props.onChange(Object.fromEntries(PLACE_LEVELS.slice(index).map((l) => [l, l === level ? (v ?? '') : ''])))}
      error={props.error}
      disabled={disabled}
      placeholder={disabled ? t('residentFields.place.chooseAbove') : undefined}
      searchable
      clearable
      nothingFoundMessage={t('residentFields.place.noMatch')}
      filter={level === 'province' ? filterProvinces : filterPlaces}
      limit={80}
    />
  );
}

interface Props {
  value: OriginValues;
  onChange: (changes: Partial<OriginValues>) => void;
  /** Messages by field name (country, province … place). */
  errors: Partial<Record<keyof OriginValues, string>>;
}

/**
 * Where the person comes from: in Rwanda Province › District › Sector › Cell › Village as
 * official names (core checks them again), elsewhere a country and a place in words.
 */
export function OriginFields({ value, onChange, errors }: Props) {
  const t = useT();
  const countries = useCountryOptions();
  const inRwanda = value.country === 'RW';
  return (
    <Stack gap="sm">
      <Select
        label={t('residentFields.country')}
        data={countries}
        value={value.country || null}
        onChange={(v) => onChange({ ...EMPTY_ORIGIN, place: value.place, country: v ?? '' })}
        error={errors.country}
        searchable
        clearable
        placeholder={t('residentFields.notKnown')}
        maw={360}
        nothingFoundMessage={t('residentFields.noCountry')}
      />
      {inRwanda && (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
          {PLACE_LEVELS.map((level) => (
            <PlaceSelect key={level} level={level} origin={value} onChange={onChange} error={errors[level]} />
          ))}
        </SimpleGrid>
      )}
      {value.country && (
        <TextInput
          label={inRwanda ? t('residentFields.placeDetailRwanda') : t('residentFields.placeDetail')}
          value={value.place}
          onChange={(e) => onChange({ place: e.currentTarget.value })}
          error={errors.place}
          maxLength={200}
        />
      )}
    </Stack>
  );
}
