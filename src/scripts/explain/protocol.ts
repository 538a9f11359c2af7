/** Messages between the explainer's page script and its worker. */
import type { Explanation } from '../../lib/session';

export type Request =
  | { id: number; type: 'explain'; text: string; knownUrl: string; limit: number }
  | { id: number; type: 'mask'; text: string };

export type Response =
  | {
      id: number;
      type: 'explained';
      result: Explanation;
      lines: number;
      ms: number;
      /** Names of the software behind recognised texts, and when each is printed in the page's locale. */
      names: Record<string, string>;
      when: Record<string, string>;
    }
  | { id: number; type: 'masked'; text: string }
  | { id: number; type: 'error'; error: string };
