import { useState } from 'react';
import { useDraft, type DraftHandle } from '../../../drafts/useDraft';
import { useSubmission, type Submission } from '../../../forms/useSubmission';

export interface EditForm<V> {
  values: V;
  setValues: (update: (v: V) => V) => void;
  form: Submission;
  draft: DraftHandle;
  /** Differs from what core stored. */
  dirty: boolean;
  /** Back to what core stored: the draft, the typing and the messages go. */
  startOver: () => void;
}

/**
 * A tab's edit form over a record core already holds: typing is kept as an encrypted draft
 * until it is saved, and a draft's well-formed fields (`fromDraft`) come back after a lock.
 */
export function useEditForm<V extends Record<string, unknown>>(
  draftKey: string,
  saved: V,
  fromDraft: (data: Partial<V>) => Partial<V>,
): EditForm<V> {
  const [values, setValues] = useState<V>(saved);
  const form = useSubmission();
  const draft = useDraft(draftKey, values, {
    onRestore: (data) => setValues((v) => ({ ...v, ...fromDraft(data) })),
  });
  const startOver = () => {
    void draft.discard();
    setValues(saved);
    form.reset();
  };
  return { values, setValues, form, draft, dirty: JSON.stringify(values) !== JSON.stringify(saved), startOver };
}
