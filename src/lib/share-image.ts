/**
 * Share images (Open Graph, Twitter cards): one PNG per code and per comparison, per locale, drawn at build time
 * with satori (layout and text to SVG) and resvg (SVG to PNG). Both are made for exactly this, run without a browser
 * and take milliseconds an image, which matters with thousands of comparison pages. Hangul comes from
 * @fontsource/noto-sans-kr, used only for these images.
 *
 * Drawing happens in a worker thread (scripts/share-image-worker.mjs), queued as soon as the image routes are
 * known, so it runs on the second core while Astro renders pages on the first. Each image is cached on disk under
 * a hash of everything it shows: a rebuild redraws only the cards whose text changed.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ReplyClass } from './codes';

export const SHARE_WIDTH = 1200;
export const SHARE_HEIGHT = 630;

/** One colour per reply class: a band beside each code on the card. */
export const CLASS_COLOURS: Record<ReplyClass, string> = {
  '1': '#2563eb',
  '2': '#16a34a',
  '3': '#0891b2',
  '4': '#d97706',
  '5': '#dc2626',
  '6': '#7c3aed',
  winsock: '#64748b',
};

/** What a card shows: one code, two for a comparison, or none for the site card. */
export interface ShareCard {
  codes: { code: string; colour: string; title: string }[];
  /** The class line above a code, "FTP replies compared" above a pair, the site name on the site card. */
  kicker: string;
  site: string;
}

const CACHE_DIR = resolve('node_modules/.cache/share-images');
const WORKER = resolve('scripts/share-image-worker.mjs');
const VERSION = '2'; // bump when the layout in the worker changes, so cached images are redrawn

/** The cache file of a card: the hash of the layout version and everything drawn. */
export function cacheFile(card: ShareCard): string {
  const key = createHash('sha256').update(JSON.stringify([VERSION, card])).digest('hex').slice(0, 32);
  return join(CACHE_DIR, key.slice(0, 2), `${key}.png`);
}

interface Job {
  resolve: () => void;
  reject: (e: Error) => void;
}

/** A small pool of drawing workers; referenced only while it has work, so it never keeps a build alive. */
class Pool {
  private workers: Worker[] = [];
  private jobs = new Map<number, Job>();
  private next = 0;

  run(card: ShareCard, file: string): Promise<void> {
    if (!this.workers.length) this.start();
    const id = this.next++;
    const worker = this.workers[id % this.workers.length]!;
    if (this.jobs.size === 0) this.workers.forEach((w) => w.ref());
    return new Promise((res, rej) => {
      this.jobs.set(id, { resolve: res, reject: rej });
      worker.postMessage({ id, card, file });
    });
  }

  private start() {
    // One worker per core: while images are drawn Astro's main thread mostly waits for them.
    const count = Math.max(1, availableParallelism());
    for (let i = 0; i < count; i++) {
      const w = new Worker(WORKER);
      w.on('message', ({ id, error }: { id: number; error?: string }) => {
        const job = this.jobs.get(id)!;
        this.jobs.delete(id);
        if (error) job.reject(new Error(`share image: ${error}`));
        else job.resolve();
        if (this.jobs.size === 0) this.workers.forEach((x) => x.unref());
      });
      w.on('error', (e) => this.jobs.forEach((j) => j.reject(e)));
      this.workers.push(w);
    }
  }
}

const pool = new Pool();
const queued = new Map<string, Promise<string>>();

/** Starts drawing a card now (or finds it in the cache); the promise gives the PNG file's path. */
export function queueShareImage(card: ShareCard): Promise<string> {
  const file = cacheFile(card);
  let done = queued.get(file);
  if (!done) {
    done = pool.run(card, file).then(() => file);
    // A failure is reported where the image is awaited; an unawaited copy must not crash the build first.
    done.catch(() => {});
    queued.set(file, done);
  }
  return done;
}

/** The PNG bytes of a card, once drawn. */
export async function shareImage(card: ShareCard): Promise<Buffer> {
  return readFileSync(await queueShareImage(card));
}
