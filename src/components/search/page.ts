/** The /search/ page: shows the search interface (hidden without JavaScript) and restores the search in its URL. */
import { attach } from './controller';

const panel = document.querySelector<HTMLElement>('[data-search-panel="page"]');
if (panel) {
  panel.hidden = false;
  attach(panel, 'page').focus();
}
