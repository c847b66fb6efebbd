/** Copy buttons of the embed tools (src/components/ShareTools.astro): shown only when the clipboard is available. */
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
  if (!navigator.clipboard) continue;
  const field = document.getElementById(button.dataset.copy!) as HTMLTextAreaElement | null;
  if (!field) continue;
  const label = button.textContent ?? '';
  button.hidden = false;
  button.addEventListener('click', async () => {
    await navigator.clipboard.writeText(field.value);
    button.textContent = button.dataset.copied ?? label;
    setTimeout(() => (button.textContent = label), 2000);
  });
}
