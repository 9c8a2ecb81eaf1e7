import { createTheme } from '@mantine/core';

// System fonts only: nothing is fetched, and every laptop already has them.
export const theme = createTheme({
  primaryColor: 'teal',
  // Shade 9: white text on it reaches 4.5:1 (WCAG AA), shade 8 does not.
  primaryShade: 9,
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
    Select: { defaultProps: { withAsterisk: false } },
    Modal: { styles: { title: { fontWeight: 700, fontSize: 'var(--mantine-font-size-lg)' } } },
  },
});
