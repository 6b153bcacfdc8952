/**
 * Copy buttons for code blocks (`[data-code-block]`, made by markdown/code/transformers.ts). Added by
 * script, so readers without JavaScript never see a button that cannot work. The copied text is the code
 * as it should be pasted: lines marked removed (`del={…}`, `[!code --]`) are left out, and notation
 * comments are already gone from the rendered block. This is also the code the Go gate checks.
 */

/** The text of a rendered Shiki block, without removed lines. */
export function copyableText(pre: HTMLElement): string {
  const lines = [...pre.querySelectorAll<HTMLElement>('code > .line')];
  if (!lines.length) return pre.textContent ?? '';
  return lines
    .filter((line) => !line.classList.contains('remove'))
    // Trailing blanks are left over where a `// [!code …]` comment was removed.
    .map((line) => (line.textContent ?? '').replace(/[ \t]+$/, ''))
    .join('\n');
}

async function writeClipboard(text: string): Promise<void> {
  // The Clipboard API needs a secure context (https or localhost); elsewhere the button reports failure.
  if (!navigator.clipboard) throw new Error('no clipboard access');
  await navigator.clipboard.writeText(text);
}

export function startCopyButtons(root: HTMLElement) {
  const { copy = 'Copy', copyLabel = 'Copy code', copied = 'Copied', copyFailed = 'Copy failed' } = root.dataset;
  const status = root.querySelector<HTMLElement>('[data-copy-status]')!;
  for (const block of document.querySelectorAll<HTMLElement>('[data-code-block]')) {
    const pre = block.querySelector<HTMLElement>('pre');
    if (!pre || block.querySelector('.code-copy')) continue;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'code-copy';
    button.textContent = copy;
    const title = block.querySelector('.code-title')?.textContent;
    button.setAttribute('aria-label', title ? `${copyLabel}: ${title}` : copyLabel);
    let timer: ReturnType<typeof setTimeout> | undefined;
    button.addEventListener('click', async () => {
      let message = copied;
      try {
        await writeClipboard(copyableText(pre));
      } catch {
        message = copyFailed;
      }
      button.textContent = message === copied ? copied : copy;
      status.textContent = '';
      // A change of text is what screen readers announce; clear first so a second copy is announced too.
      requestAnimationFrame(() => (status.textContent = message));
      clearTimeout(timer);
      timer = setTimeout(() => (button.textContent = copy), 2000);
    });
    block.append(button);
  }
}
