/** How code blocks are rendered: Shiki's token colours come as style attributes, which the site's CSP forbids. */
import type { ShikiTransformer } from 'shiki';

/** A Shiki transformer that removes every inline style, leaving the classes and data-language for the stylesheet. */
export const withoutInlineStyles: ShikiTransformer = {
  name: 'without-inline-styles',
  pre(node) {
    delete node.properties.style;
  },
  span(node) {
    delete node.properties.style;
  },
};
