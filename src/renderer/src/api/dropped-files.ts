// A file dropped on the window, read as a source. In Electron the preload names it by its path
// (window.pmFiles, see src/preload/api.ts); in a browser the same call is made as for Add source…
// and the dropped file is uploaded when the server asks for a file, instead of showing a picker.
import type { Envelope, Responses } from '../../../shared/contract.ts';
import { api, ApiError } from './client.ts';
import { offerUpload } from './host-requests.ts';

type PrepareResponse = Responses['sources:prepare'];

interface FileBridge {
  prepareDropped: (file: File, request?: { replacing?: string }) => Promise<Envelope<PrepareResponse>>;
}

declare global {
  interface Window {
    pmFiles?: FileBridge;
  }
}

export async function prepareDroppedSource(file: File, request: { replacing?: string } = {}): Promise<PrepareResponse> {
  const bridge = window.pmFiles;
  if (bridge) {
    const envelope = await bridge.prepareDropped(file, request);
    if (!envelope.ok) throw new ApiError(envelope.error);
    return envelope.value;
  }
  const withdraw = offerUpload(file);
  try {
    return await api.prepareSource(request);
  } finally {
    // Whatever happened, the next Add source… shows the picker again.
    withdraw();
  }
}
