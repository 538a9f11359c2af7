/** Shows the copy buttons of code blocks (src/components/CodeFigure.astro) where the clipboard can be written. */
import { copyText, type CopyRule } from '../lib/copy-text';

if (navigator.clipboard) {
  for (const figure of document.querySelectorAll<HTMLElement>('figure[data-copy]')) {
    const button = figure.querySelector('button')!;
    // Announces the copy to screen readers and shows it beside the button.
    const status = document.createElement('span');
    status.setAttribute('role', 'status');
    button.before(status);
    button.hidden = false;
    button.addEventListener('click', () =>
      navigator.clipboard
        .writeText(copyText(figure.dataset.copy as CopyRule, figure.querySelector('pre')!.textContent!))
        .then(() => {
          status.textContent = button.dataset.done!;
          setTimeout(() => (status.textContent = ''), 3000);
        }, () => undefined),
    );
  }
}
