// The browser's stand-ins for the desktop app's native dialogs, asked for by the server while a call
// runs: "open" is a file picker whose file is uploaded, a question is the browser's confirm().
import { API_PATHS, FILE_NAME_HEADER } from '../../../shared/http-protocol.ts';
import type { HostRequest } from '../../../shared/http-protocol.ts';

/** A file dropped on the window, given to the next "open" request instead of showing a picker. */
let offered: File | null = null;

/** Offer a dropped file for the call about to be made; returns the function that withdraws it. */
export function offerUpload(file: File): () => void {
  offered = file;
  return () => {
    if (offered === file) offered = null;
  };
}

export async function answerHostRequest(request: HostRequest, headers: (extra?: Record<string, string>) => Record<string, string>): Promise<void> {
  const url = `${API_PATHS.host}${encodeURIComponent(request.id)}`;
  const json = (value: unknown) => fetch(url, { method: 'POST', headers: headers({ 'content-type': 'application/json' }), body: JSON.stringify(value) });
  if (request.kind === 'confirm') {
    await json({ answer: window.confirm(`${request.message}\n\n${request.detail}`) });
    return;
  }
  const dropped = offered;
  offered = null;
  const file = dropped ?? (await pickFile(request.accept));
  if (!file) {
    await json({ cancel: true });
    return;
  }
  await fetch(url, {
    method: 'POST',
    headers: headers({ 'content-type': 'application/octet-stream', [FILE_NAME_HEADER]: encodeURIComponent(file.name) }),
    body: file,
  });
}

/**
 * A file picker. The browser shows one only during a user gesture; the click that started the call
 * usually still counts, and when it no longer does (a slow answer) a small prompt asks for a click.
 */
function pickFile(accept: string[]): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept.join(',');
    input.hidden = true;
    document.body.append(input);
    const done = (file: File | null) => {
      input.remove();
      resolve(file);
    };
    input.addEventListener('change', () => done(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => done(null), { once: true });
    const activation = (navigator as Navigator & { userActivation?: { isActive: boolean } }).userActivation;
    if (!activation || activation.isActive) input.click();
    else askForClick(() => input.click(), () => done(null));
  });
}

function askForClick(choose: () => void, cancel: () => void): void {
  const zh = document.documentElement.lang.startsWith('zh');
  const dialog = document.createElement('dialog');
  dialog.className = 'pm-dialog';
  dialog.setAttribute('data-testid', 'file-picker-prompt');
  const text = document.createElement('p');
  text.textContent = zh ? '选择要打开的文件。' : 'Choose the file to open.';
  const chooseButton = document.createElement('button');
  chooseButton.type = 'button';
  chooseButton.className = 'pm-button pm-button--primary';
  chooseButton.textContent = zh ? '选择文件…' : 'Choose file…';
  const cancelButton = document.createElement('button');
  cancelButton.type = 'button';
  cancelButton.className = 'pm-button';
  cancelButton.textContent = zh ? '取消' : 'Cancel';
  const close = () => {
    dialog.close();
    dialog.remove();
  };
  chooseButton.addEventListener('click', () => {
    close();
    choose();
  });
  cancelButton.addEventListener('click', () => {
    close();
    cancel();
  });
  dialog.addEventListener('cancel', () => {
    dialog.remove();
    cancel();
  });
  const actions = document.createElement('div');
  actions.className = 'pm-actions pm-actions--end';
  actions.append(cancelButton, chooseButton);
  dialog.append(text, actions);
  document.body.append(dialog);
  dialog.showModal();
}
