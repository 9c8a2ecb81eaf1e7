import { NativeSelect } from '@mantine/core';
import { IconLanguage } from '@tabler/icons-react';
import { SUPPORTED_LOCALES, type Locale } from '../../../shared/domain/settings';
import { LOCALE_NAMES, useLocaleStore } from '../i18n/locale-store';
import { useT } from '../i18n/useT';

/** A native select: fully keyboard-usable and announced by every screen reader. */
export function LanguageSwitcher({ size = 'sm' }: { size?: 'xs' | 'sm' }) {
  const t = useT();
  const locale = useLocaleStore((s) => s.locale);
  const setLocale = useLocaleStore((s) => s.setLocale);
  return (
    <NativeSelect
      size={size}
      aria-label={t('common.language')}
      leftSection={<IconLanguage size={16} aria-hidden />}
      value={locale}
      onChange={(e) => setLocale(e.currentTarget.value as Locale)}
      data={SUPPORTED_LOCALES.map((l) => ({ value: l, label: LOCALE_NAMES[l] }))}
      w={170}
    />
  );
}
