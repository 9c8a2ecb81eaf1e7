import { z } from 'zod';
import { organisationNameSchema, siteCodeSchema } from '../../../../shared/domain/settings';
import { fullNameSchema, usernameSchema } from '../../../../shared/domain/user';
import { confirmProblem, passwordProblem, validateWith, type FieldErrors } from '../../forms/field-errors';
import type { TFunction } from '../../i18n/useT';
import type { SetupStep, SetupValues } from './setup-store';

const organisationStep = z.object({ organisationName: organisationNameSchema, siteCode: siteCodeSchema });
const managerStep = z.object({ fullName: fullNameSchema, username: usernameSchema });

export function validateOrganisation(t: TFunction, v: SetupValues): FieldErrors {
  return validateWith(t, organisationStep, { organisationName: v.organisationName, siteCode: v.siteCode });
}

export function validateManager(t: TFunction, v: SetupValues): FieldErrors {
  const errors = validateWith(t, managerStep, { fullName: v.fullName, username: v.username });
  const pw = passwordProblem(t, v.password);
  if (pw) errors.password = pw;
  const confirm = confirmProblem(t, v.password, v.confirmPassword);
  if (confirm) errors.confirmPassword = confirm;
  return errors;
}

/** Core names fields as in setup.complete's input; the wizard names them per step. */
export const CORE_PATHS: Record<string, string> = {
  'manager.fullName': 'fullName',
  'manager.username': 'username',
  'manager.password': 'password',
};

/** The step holding a field, so a refusal from core opens the step where it can be fixed. */
export function stepOfField(field: string): SetupStep {
  if (field === 'organisationName' || field === 'siteCode' || field === 'locale') return 0;
  if (field.startsWith('recoveryConfirmation')) return 3;
  return 1;
}
