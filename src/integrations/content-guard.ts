/** Astro integration: stops `astro build` before it writes anything when the content has a problem. */
import type { AstroIntegration } from 'astro';
import { formatProblem, validateContent } from '../lib/content/validate';

export function contentGuard(root: string): AstroIntegration {
  return {
    name: 'content-guard',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        // Previewing serves what was built; only building and authoring read the content.
        if (command === 'preview') return;
        const problems = validateContent(root);
        if (problems.length === 0) return;
        if (command === 'dev') {
          // Keep the dev server up so the author can fix the file and see it reload.
          for (const p of problems) logger.error(formatProblem(p));
          return;
        }
        // One line per problem on stderr, nothing else: the author reads file, field and rule at once.
        for (const p of problems) process.stderr.write(`${formatProblem(p)}\n`);
        process.exit(1);
      },
    },
  };
}
