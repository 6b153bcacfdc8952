/**
 * The theme: follows the system until the reader picks one, then remembers the choice. This script runs
 * inline in <head>, before first paint, so there is no flash of the wrong theme. It sets
 * `<html data-theme="light|dark">`, which CSS and the diagram renderer read. Its SHA-256 is added to the
 * Content Security Policy in astro.config.mjs, so it runs without 'unsafe-inline'.
 */
import { createHash } from 'node:crypto';
import { themeStorageKey } from './theme-key';

export const themeScript = `(()=>{try{var s=localStorage.getItem('${themeStorageKey}')}catch(e){}var d=document.documentElement;d.dataset.theme=s==='light'||s==='dark'?s:matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light'})()`;

/** The theme script's hash in the form Astro's CSP config takes (`sha256-…`). */
export const themeScriptHash = `sha256-${createHash('sha256').update(themeScript).digest('base64')}`;
