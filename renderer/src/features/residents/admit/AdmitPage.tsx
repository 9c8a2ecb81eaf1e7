import { Alert, Button, Group, Paper, Stack, Stepper, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconArrowRight, IconDeviceFloppy } from '@tabler/icons-react';
import { useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import type { PossibleDuplicate, ResidentFile } from '../../../../../shared/domain/resident';
import { call } from '../../../api/client';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { flushDrafts } from '../../../drafts/flush-registry';
import { useDraft } from '../../../drafts/useDraft';
import { hasErrors } from '../../../forms/field-errors';
import { acceptOrShow, useSubmission } from '../../../forms/useSubmission';
import { useFormatDateTime } from '../../../i18n/format';
import { useT } from '../../../i18n/useT';
import {
  emptyAdmission,
  firstStepWithError,
  fromDraft,
  pathOf,
  STEPS,
  toAdmission,
  toProbe,
  validateAdmission,
  validateUpTo,
  withoutErrorsFor,
  type AdmitValues,
} from './admission-form';
import { AdmittedPanel } from './AdmittedPanel';
import { BedStep } from './BedStep';
import { DiscardAdmissionDialog } from './DiscardAdmissionDialog';
import { DuplicateWarning } from './DuplicateWarning';
import { IdentityStep } from './IdentityStep';
import { NameStep } from './NameStep';
import { OriginStep } from './OriginStep';
import { ReferralStep } from './ReferralStep';
import type { StepProps } from './step-props';
import { useShelterToday } from './today';

export const ADMIT_DRAFT = 'residents.admit';

const STEP_VIEWS: Record<(typeof STEPS)[number], (p: StepProps) => React.ReactNode> = {
  name: NameStep,
  identity: IdentityStep,
  origin: OriginStep,
  referral: ReferralStep,
  bed: BedStep,
};

/**
 * Admission, built for the night shift: the first step (a name or alias and the date) is
 * enough to save, every later step is optional, Enter goes on, and what is typed is kept
 * as an encrypted draft through a lock. Before saving, core is asked whether the person
 * may already be known; the user can open that file or continue.
 */
export default function AdmitPage() {
  const t = useT();
  const navigate = useNavigate();
  const formatDateTime = useFormatDateTime();
  const today = useShelterToday();
  const [values, setValues] = useState<AdmitValues>(() => emptyAdmission(today));
  const [step, setStep] = useState(0);
  const [admitted, setAdmitted] = useState<ResidentFile | null>(null);
  const [duplicates, setDuplicates] = useState<{ matches: PossibleDuplicate[]; then: () => void } | null>(null);
  const [checking, setChecking] = useState(false);
  // Residents the user has already said are someone else: not shown again for this admission.
  const dismissed = useRef(new Set<string>());
  const form = useSubmission({
    onRefused: (_error, view) => {
      const where = firstStepWithError(view.fields);
      if (where) setStep(STEPS.indexOf(where));
    },
  });
  const draft = useDraft(ADMIT_DRAFT, values, {
    enabled: admitted === null,
    onRestore: (data) => setValues((v) => fromDraft(data, v)),
  });

  // Editing a field takes its message away, and the name message goes with any name field.
  const clearErrors = (paths: string[]) => {
    const names = paths.some((p) => /^identity\.(givenNames|familyName|otherNames)$/.test(p));
    const left = withoutErrorsFor(form.errors, names ? [...paths, 'identity.givenNames'] : paths);
    if (Object.keys(left).length !== Object.keys(form.errors).length) form.setErrors(left);
  };
  const set: StepProps['set'] = (key, value) => {
    setValues((v) => ({ ...v, [key]: value }));
    clearErrors([pathOf(key)]);
  };
  const patch: StepProps['patch'] = (changes) => {
    setValues((v) => ({ ...v, ...changes }));
    clearErrors(Object.keys(changes).map((k) => pathOf(k as keyof AdmitValues & string)));
  };

  const startOver = () => {
    void draft.discard();
    dismissed.current.clear();
    setValues(emptyAdmission(today));
    setStep(0);
    form.reset();
  };

  // The explicit way out: throws the typing away and goes back to the list.
  const discard = async () => {
    await draft.discard();
    navigate('/residents');
  };
  // Nothing typed yet: nothing to lose, so no question.
  const [askingDiscard, setAskingDiscard] = useState(false);
  const askDiscard = () => (JSON.stringify(values) === JSON.stringify(emptyAdmission(today)) ? void discard() : setAskingDiscard(true));

  /** Possible duplicates not yet dismissed; a failed check never stops an admission. */
  const newDuplicates = async (): Promise<PossibleDuplicate[]> => {
    const probe = toProbe(values);
    if (!probe) return [];
    setChecking(true);
    try {
      const found = await call('residents.possibleDuplicates', probe);
      return found.filter((d) => !dismissed.current.has(d.resident.id));
    } catch {
      return [];
    } finally {
      setChecking(false);
    }
  };

  const thenUnlessDuplicates = async (go: () => void) => {
    const matches = await newDuplicates();
    if (matches.length === 0) go();
    else setDuplicates({ matches, then: go });
  };

  const send = async () => {
    const file = await call('residents.admit', toAdmission(values));
    await draft.discard();
    setAdmitted(file);
  };

  const save = async () => {
    const found = validateAdmission(t, values);
    if (hasErrors(found)) {
      const where = firstStepWithError(found);
      if (where) setStep(STEPS.indexOf(where));
      acceptOrShow(found, form.setErrors);
      return;
    }
    form.setErrors({});
    await thenUnlessDuplicates(() => void form.run(send));
  };

  const next = async (e: FormEvent) => {
    e.preventDefault();
    const name = STEPS[step]!;
    if (name === 'bed') return save();
    if (!acceptOrShow(validateUpTo(t, values, name), form.setErrors)) return;
    const go = () => setStep(step + 1);
    // After the name, so a known person is spotted before anything else is typed.
    if (name === 'name') await thenUnlessDuplicates(go);
    else go();
  };

  const openExisting = async (id: string) => {
    await flushDrafts();
    navigate(`/residents/${id}`);
  };

  if (admitted) {
    return (
      <AdmittedPanel
        file={admitted}
        onAnother={() => {
          setAdmitted(null);
          startOver();
        }}
      />
    );
  }

  const titles = STEPS.map((s) => t(`admit.steps.${s}`));
  const Current = STEP_VIEWS[STEPS[step]!];
  const last = step === STEPS.length - 1;

  return (
    <Stack gap="lg" maw={900}>
      <div>
        <Title order={2}>{t('admit.title')}</Title>
        <Text c="dimmed">{t('admit.intro')}</Text>
      </div>

      {draft.restoredAt && (
        <Alert color="blue" variant="light">
          <Group justify="space-between">
            <Text size="sm">{t('admit.restored', { time: formatDateTime(draft.restoredAt) })}</Text>
            <Button size="xs" variant="default" onClick={startOver}>
              {t('common.startOver')}
            </Button>
          </Group>
        </Alert>
      )}

      <Stepper active={step} onStepClick={setStep} allowNextStepsSelect size="sm">
        {titles.map((title, i) => (
          <Stepper.Step key={i} label={title} aria-label={t('admit.stepOf', { n: i + 1, total: titles.length, title })} />
        ))}
      </Stepper>

      <DiscardAdmissionDialog opened={askingDiscard} onKeep={() => setAskingDiscard(false)} onDiscard={() => void discard()} />
      <Paper withBorder p="lg" component="section" aria-labelledby="admit-step-title">
        <form onSubmit={(e) => void next(e)} noValidate>
          <Stack gap="lg">
            <Title order={3} size="h4" id="admit-step-title">
              {t('admit.stepOf', { n: step + 1, total: titles.length, title: titles[step]! })}
            </Title>
            <Current values={values} set={set} patch={patch} errors={form.errors} />
            <ErrorAlert error={form.error} />
            <Group justify="space-between" align="center">
              <Group gap="xs">
                {step > 0 ? (
                  <Button variant="subtle" leftSection={<IconArrowLeft size={16} aria-hidden />} onClick={() => setStep(step - 1)}>
                    {t('common.back')}
                  </Button>
                ) : (
                  <Button variant="subtle" color="gray" fw={500} onClick={askDiscard}>
                    {t('admit.discard')}
                  </Button>
                )}
                <Text size="xs" c="dimmed" aria-live="polite">
                  {checking
                    ? t('admit.checking')
                    : draft.status === 'saved' && draft.savedAt
                      ? t('common.draftSaved')
                      : draft.status === 'error'
                        ? t('common.draftNotSaved')
                        : ''}
                </Text>
              </Group>
              <Group gap="sm" ml="auto">
                {!last && (
                  <Button
                    variant="light"
                    leftSection={<IconDeviceFloppy size={16} aria-hidden />}
                    onClick={() => void save()}
                    loading={form.busy}
                    title={t('admit.saveNowHelp')}
                  >
                    {t('admit.saveNow')}
                  </Button>
                )}
                <Button
                  type="submit"
                  loading={last && form.busy}
                  rightSection={last ? undefined : <IconArrowRight size={16} aria-hidden />}
                >
                  {last ? t('admit.save') : t('admit.next')}
                </Button>
              </Group>
            </Group>
            {step === 0 && (
              <Text size="sm" c="dimmed">
                {t('admit.enterHint')}
              </Text>
            )}
          </Stack>
        </form>
      </Paper>

      {duplicates && (
        <DuplicateWarning
          matches={duplicates.matches}
          onOpen={(id) => void openExisting(id)}
          onBack={() => setDuplicates(null)}
          onContinue={() => {
            for (const m of duplicates.matches) dismissed.current.add(m.resident.id);
            const then = duplicates.then;
            setDuplicates(null);
            then();
          }}
        />
      )}
    </Stack>
  );
}
