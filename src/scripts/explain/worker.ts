/// <reference lib="webworker" />
/** The explainer's worker: parses and diagnoses off the main thread, so a 5 MB log does not freeze the page. */
import { explainLog, maskSecrets } from '../../lib/session';
import type { KnownTextsFile } from '../../lib/known-texts';
import type { Request, Response } from './protocol';

declare const self: DedicatedWorkerGlobalScope;
let known: Promise<KnownTextsFile | undefined> | undefined;

const reply = (r: Response) => self.postMessage(r);

self.onmessage = async (e: MessageEvent<Request>) => {
  const req = e.data;
  try {
    if (req.type === 'mask') return reply({ id: req.id, type: 'masked', text: maskSecrets(req.text) });
    // Fetched once, on the first explanation: the page itself stays small.
    known ??= fetch(req.knownUrl)
      .then((r) => (r.ok ? (r.json() as Promise<KnownTextsFile>) : undefined))
      .catch(() => undefined);
    const file = await known;
    const t0 = performance.now();
    const result = explainLog(req.text, file?.texts ?? [], req.limit);
    const ms = performance.now() - t0;
    const names: Record<string, string> = {};
    const when: Record<string, string> = {};
    if (file) {
      const byKey = new Map(file.texts.map((k) => [`${k.software}/${k.id}`, k.when]));
      for (const row of result.rows)
        for (const k of row.type === 'exchange' ? row.replies.map((r) => r.known) : [row.known]) {
          if (!k) continue;
          names[k.software] = file.names[k.software] ?? k.software;
          when[`${k.software}/${k.id}`] = byKey.get(`${k.software}/${k.id}`) ?? '';
        }
    }
    reply({ id: req.id, type: 'explained', result, lines: req.text.split('\n').length, ms, names, when });
  } catch (err) {
    reply({ id: req.id, type: 'error', error: err instanceof Error ? err.message : String(err) });
  }
};
