/**
 * Copy buttons of the embed tools (src/components/ShareTools.astro): shown only when the
 * clipboard is available. The outcome is announced in the button's status region; when the
 * browser refuses to copy (permission, insecure context), the code is selected instead so
 * that Ctrl+C copies it, and the status says so.
 */
import { withOrigin } from '../lib/embed.ts';

// A build without ZP_SITE writes the embed code (iframe and height script) with paths: complete it with this page's origin.
for (const field of document.querySelectorAll<HTMLTextAreaElement>('textarea[data-embed-code^="/"]')) {
  field.value = withOrigin(field.value, window.location.origin);
  if (field.dataset.embedCode) field.dataset.embedCode = new URL(field.dataset.embedCode, window.location.href).href;
}

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
  if (!navigator.clipboard) continue;
  const field = document.getElementById(button.dataset.copy!) as HTMLTextAreaElement | null;
  if (!field) continue;
  const status = button.parentElement?.querySelector<HTMLElement>('[data-copy-status]') ?? null;
  const label = button.textContent ?? '';
  let reset: ReturnType<typeof setTimeout> | undefined;
  button.hidden = false;
  button.addEventListener('click', async () => {
    clearTimeout(reset);
    let message: string;
    try {
      await navigator.clipboard.writeText(field.value);
      message = button.dataset.copied ?? label;
      button.textContent = message;
    } catch {
      field.focus();
      field.select();
      message = button.dataset.copyFailed ?? '';
      button.textContent = button.dataset.copyPress ?? label;
    }
    reset = setTimeout(() => (button.textContent = label), 4000);
    if (status) status.textContent = message;
  });
}
