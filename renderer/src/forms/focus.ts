/**
 * After a refused submit the first field marked invalid gets focus, so a keyboard user
 * lands where the problem is. Waits a frame for React to render the messages.
 */
export function focusFirstInvalid(container?: HTMLElement | null): void {
  window.requestAnimationFrame(() => {
    const root: ParentNode = container ?? document;
    const el = root.querySelector<HTMLElement>('[aria-invalid="true"]');
    el?.focus();
  });
}
