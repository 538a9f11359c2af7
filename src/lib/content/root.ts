/** Where the content lives. Tests point CONTENT_ROOT at fixture folders to build from bad entries. */
export const CONTENT_ROOT = process.env.CONTENT_ROOT ?? 'src/content';
