import { Textarea } from '@mantine/core';
import { useT } from '../../../i18n/useT';

export type ReferralTextField = 'reason' | 'notes';

/** A referral out's reason and notes: the same two fields when recording and when correcting. */
export function ReferralTextFields({
  values,
  errors,
  onChange,
  autoFocus = false,
}: {
  values: Record<ReferralTextField, string>;
  errors: Partial<Record<ReferralTextField, string>>;
  onChange: (field: ReferralTextField, value: string) => void;
  /** When correcting, the reason is the first thing in the dialog. */
  autoFocus?: boolean;
}) {
  const t = useT();
  return (
    <>
      <Textarea
        label={t('referralsOut.reasonLabel')}
        value={values.reason}
        onChange={(e) => onChange('reason', e.currentTarget.value)}
        error={errors.reason}
        maxLength={1000}
        autosize
        minRows={2}
        data-autofocus={autoFocus || undefined}
      />
      <Textarea
        label={t('referralsOut.notesLabel')}
        value={values.notes}
        onChange={(e) => onChange('notes', e.currentTarget.value)}
        error={errors.notes}
        maxLength={2000}
        autosize
        minRows={2}
      />
    </>
  );
}
