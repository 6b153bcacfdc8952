import { defineHastPlugin } from 'satteri';
import { checkUrl } from '../safe-url';

/** Attributes holding an address a browser follows or loads. */
const urlAttributes = ['href', 'src', 'action', 'formAction', 'poster', 'cite', 'data'];
/** Elements that run, embed or submit; never in a content page. */
const forbidden = new Set(['script', 'style', 'iframe', 'object', 'embed', 'form', 'input', 'button', 'textarea', 'select', 'base', 'meta', 'link', 'frame', 'frameset']);

/**
 * The second line of defence behind the content gate's raw-html and unsafe-url rules: whatever gets past
 * them never reaches a page as markup that runs. Raw HTML is dropped (HTML comments included), elements
 * that run or embed are removed, `on…` event attributes are stripped, and addresses other than http(s),
 * mailto and relative ones are removed. Runs last, after every other plugin has built its elements.
 */
export const sanitizePlugin = defineHastPlugin({
  name: 'atlas-sanitize',
  raw(node, ctx) {
    ctx.removeNode(node);
  },
  element: {
    // An empty filter: every element.
    filter: [],
    visit(node, ctx) {
      if (forbidden.has(node.tagName)) {
        ctx.removeNode(node);
        return;
      }
      for (const [name, value] of Object.entries(node.properties ?? {})) {
        if (/^on/i.test(name)) ctx.setProperty(node, name, null);
        else if (urlAttributes.includes(name) && typeof value === 'string' && !checkUrl(value).ok) ctx.setProperty(node, name, null);
      }
    },
  },
});
