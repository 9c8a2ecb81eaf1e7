import { createTheme, type MantineThemeOverride } from '@mantine/core';
import type { TFunction } from '../i18n/useT';

/**
 * The app's Mantine theme in the chosen language: the one place where every picker is
 * exposed as a combobox and every icon-only button Mantine draws (dialog and notification
 * close, clear a picker, clear a chosen file) gets a translated name for screen readers.
 */
export function themeFor(t: TFunction): MantineThemeOverride {
  // A picker's input is a combobox (ARIA 1.2: a text box with a popup list), not a plain text box.
  const picker = { role: 'combobox', clearButtonProps: { 'aria-label': t('a11y.clearChoice') } };
  return createTheme({
    primaryColor: 'teal',
    // Shade 9: white text on it reaches 4.5:1 (WCAG AA), shade 8 does not.
    primaryShade: 9,
    // System fonts only: nothing is fetched, and every laptop already has them.
    fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, Ubuntu, 'Noto Sans', sans-serif",
    fontFamilyMonospace: "ui-monospace, 'Cascadia Mono', 'DejaVu Sans Mono', Menlo, Consolas, monospace",
    defaultRadius: 'md',
    // Slightly larger text: read late at night, sometimes on small laptop screens.
    fontSizes: { xs: '13px', sm: '15px', md: '16px', lg: '18px', xl: '21px' },
    // Every field on these screens is needed, so no asterisks: they only add noise to
    // labels (and to the names screen readers and tests find fields by).
    components: {
      Button: { defaultProps: { size: 'sm' } },
      TextInput: { defaultProps: { withAsterisk: false } },
      PasswordInput: { defaultProps: { withAsterisk: false } },
      NumberInput: { defaultProps: { withAsterisk: false } },
      NativeSelect: { defaultProps: { withAsterisk: false } },
      Select: { defaultProps: { withAsterisk: false, ...picker } },
      MultiSelect: { defaultProps: picker },
      Autocomplete: { defaultProps: { role: 'combobox' } },
      // A combobox must say whether its list is open (aria-expanded), which Mantine leaves out by default.
      ComboboxTarget: { defaultProps: { withExpandedAttribute: true } },
      ComboboxEventsTarget: { defaultProps: { withExpandedAttribute: true } },
      FileInput: { defaultProps: { clearButtonProps: { 'aria-label': t('a11y.clearFile') } } },
      Modal: {
        defaultProps: { closeButtonProps: { 'aria-label': t('a11y.closeDialog') } },
        styles: { title: { fontWeight: 700, fontSize: 'var(--mantine-font-size-lg)' } },
      },
      Drawer: { defaultProps: { closeButtonProps: { 'aria-label': t('a11y.closeDialog') } } },
      Alert: { defaultProps: { closeButtonLabel: t('a11y.closeMessage') } },
      Notification: { defaultProps: { closeButtonProps: { 'aria-label': t('a11y.closeNotification') } } },
    },
  });
}
