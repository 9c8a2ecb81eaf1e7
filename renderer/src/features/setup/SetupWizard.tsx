import { Stack, Stepper, Text, Title } from '@mantine/core';
import { AuthFrame } from '../../components/AuthFrame';
import { useT } from '../../i18n/useT';
import { ConfirmKeyStep } from './ConfirmKeyStep';
import { ManagerStep } from './ManagerStep';
import { OrganisationStep } from './OrganisationStep';
import { RecoveryKeyStep } from './RecoveryKeyStep';
import { useSetupStore, type SetupStep } from './setup-store';
import { NewComputerEntry } from '../backup/new-computer/NewComputerEntry';

const STEPS = [OrganisationStep, ManagerStep, RecoveryKeyStep, ConfirmKeyStep] as const;

/** First run: organisation, first manager, recovery key shown once, key typed back. */
export function SetupWizard() {
  const t = useT();
  const step = useSetupStore((s) => s.step);
  const setStep = useSetupStore((s) => s.setStep);
  const Current = STEPS[step];
  const titles = [t('setup.steps.organisation'), t('setup.steps.manager'), t('setup.steps.recovery'), t('setup.steps.confirm')];

  return (
    <AuthFrame width={840}>
      <Stack gap="lg">
        <div>
          <Title order={2}>{t('setup.title')}</Title>
          <Text c="dimmed">{t('setup.subtitle')}</Text>
        </div>
        <NewComputerEntry />
        <Stepper
          active={step}
          // Only finished steps can be revisited; the key steps must come in order.
          onStepClick={(i) => i < step && setStep(i as SetupStep)}
          allowNextStepsSelect={false}
          size="sm"
        >
          {titles.map((title, i) => (
            <Stepper.Step key={i} label={title} aria-label={t('setup.stepOf', { n: i + 1, total: titles.length, title })} />
          ))}
        </Stepper>
        <Title order={3} size="h4">
          {t('setup.stepOf', { n: step + 1, total: titles.length, title: titles[step]! })}
        </Title>
        <Current />
      </Stack>
    </AuthFrame>
  );
}
