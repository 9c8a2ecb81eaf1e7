import { Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import type { FieldErrors } from '../../../forms/field-errors';
import { useT } from '../../../i18n/useT';
import { useCountryOptions } from '../fields/country-options';
import { EMPTY_ORIGIN, PLACE_LEVELS, type OriginValues, type PlaceLevel } from '../fields/origin-values';
import { usePlaceNames } from '../fields/place-names';

interface Props {
  value: OriginValues;
  onChange: (changes: Partial<OriginValues>) => void;
  /** Messages keyed `<pathPrefix>.<field>`, as core names them. */
  errors: FieldErrors;
  pathPrefix?: string;
  /** Puts the cursor in the country field when the step opens. */
  autoFocus?: boolean;
}

function LevelSelect({
  level,
  above,
  value,
  onChange,
  error,
}: {
  level: PlaceLevel;
  above: Partial<Record<PlaceLevel, string>>;
  value: OriginValues;
  onChange: (level: PlaceLevel, name: string) => void;
  error?: string;
}) {
  const t = useT();
  const index = PLACE_LEVELS.indexOf(level);
  const parent = index > 0 ? PLACE_LEVELS[index - 1]! : null;
  const enabled = parent === null || value[parent] !== '';
  const names = usePlaceNames(above, enabled);
  const current = value[level];
  // A value restored from a draft shows even before its list arrives.
  const data = current && !names.includes(current) ? [current, ...names] : names;
  return (
    <Select
      label={t(`residentFields.place.${level}`)}
      placeholder={
        enabled ? t('admit.placeholders.search') : t('admit.origin.pickLevelAbove', { level: t(`residentFields.place.${parent!}`) })
      }
      data={data}
      value={current || null}
      onChange={(v) => onChange(level, v ?? '')}
      disabled={!enabled}
      error={error}
      searchable
      clearable
      limit={100}
      maxDropdownHeight={260}
      nothingFoundMessage={t('residentFields.place.noMatch')}
      comboboxProps={{ withinPortal: true }}
    />
  );
}

/**
 * Where someone comes from: in Rwanda Province › District › Sector › Cell › Village, each
 * searchable and each limited to the level above; elsewhere a country and free text.
 */
export function LocationPicker({ value, onChange, errors, pathPrefix = 'origin', autoFocus }: Props) {
  const t = useT();
  const countries = useCountryOptions();
  const rwanda = value.country === 'RW';

  const setCountry = (country: string) => onChange({ ...EMPTY_ORIGIN, country, place: country === value.country ? value.place : '' });

  // Choosing a level clears those below it: a cell means nothing under another sector.
  const setLevel = (level: PlaceLevel, name: string) => {
    const changes: Partial<OriginValues> = { [level]: name };
    for (const below of PLACE_LEVELS.slice(PLACE_LEVELS.indexOf(level) + 1)) changes[below] = '';
    onChange(changes);
  };

  return (
    <Stack gap="md">
      <Select
        label={t('admit.fields.country')}
        placeholder={t('residentFields.notKnown')}
        data={countries}
        value={value.country || null}
        onChange={(v) => setCountry(v ?? '')}
        error={errors[`${pathPrefix}.country`]}
        searchable
        clearable
        maxDropdownHeight={280}
        nothingFoundMessage={t('residentFields.place.noMatch')}
        data-autofocus={autoFocus || undefined}
        autoFocus={autoFocus}
        maw={420}
      />
      {rwanda ? (
        <>
          <Text size="sm" c="dimmed">
            {t('admit.origin.rwandaHelp')}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {PLACE_LEVELS.map((level, i) => (
              <LevelSelect
                key={level}
                level={level}
                above={Object.fromEntries(
                  PLACE_LEVELS.slice(0, i)
                    .filter((l) => value[l] !== '')
                    .map((l) => [l, value[l]]),
                )}
                value={value}
                onChange={setLevel}
                error={errors[`${pathPrefix}.${level}`]}
              />
            ))}
          </SimpleGrid>
        </>
      ) : (
        value.country !== '' && (
          <TextInput
            label={t('residentFields.placeDetail')}
            description={t('admit.origin.otherHelp')}
            value={value.place}
            onChange={(e) => onChange({ place: e.currentTarget.value })}
            error={errors[`${pathPrefix}.place`]}
            autoComplete="off"
          />
        )
      )}
    </Stack>
  );
}
