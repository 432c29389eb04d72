/**
 * The "Copy citation" button of an article page: shown only when the browser can write to the
 * clipboard, it copies the plain-text citation and says so. Without JavaScript the citation is
 * still there to select and copy.
 */
for (const box of document.querySelectorAll<HTMLElement>('[data-copy-citation]')) {
  const button = box.querySelector('button');
  const status = box.querySelector('[role="status"]');
  if (!button || !status || !navigator.clipboard) continue;
  box.hidden = false;
  button.addEventListener('click', () => {
    navigator.clipboard.writeText(box.dataset['copyCitation'] ?? '').then(
      () => (status.textContent = 'Copied.'),
      () => (status.textContent = 'Could not copy; select the citation and copy it.'),
    );
  });
}
