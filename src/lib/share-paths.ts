/** Where a page's share image is; shared by the pages' head tags and the image endpoint. */
import type { Locale } from './locales';

/** SHARE_IMAGES=0 builds without images (the benchmark measures both); pages then fall back to no image. */
export function shareImagesEnabled(): boolean {
  return process.env.SHARE_IMAGES !== '0';
}

/** "/og/en/425.png" for a code page, "/og/en/220-vs-425.png" for a comparison, "/og/en/site.png" otherwise. */
export function shareImagePath(locale: Locale, slug: string): string {
  return `/og/${locale}/${slug}.png`;
}
