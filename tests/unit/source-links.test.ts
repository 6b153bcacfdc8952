import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkUrl, linkReport } from '../../src/maintenance/source-links';

// A local server stands in for the web: tests never touch the network.
let server: Server;
let base = '';
beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/ok') res.writeHead(200).end('ok');
    else if (req.url === '/slash') res.writeHead(301, { location: '/slash/' }).end();
    else if (req.url === '/moved') res.writeHead(301, { location: '/elsewhere' }).end();
    else if (req.url === '/head-refused') res.writeHead(req.method === 'HEAD' ? 405 : 200).end();
    else if (req.url === '/hijacked') res.writeHead(302, { location: 'javascript:alert(document.cookie)' }).end();
    else res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('source link check', () => {
  test.each([
    ['/ok', { kind: 'ok' }],
    ['/slash', { kind: 'ok' }],
    ['/head-refused', { kind: 'ok' }],
    ['/gone', { kind: 'dead', reason: 'HTTP 404' }],
  ])('%s is %o', async (p, expected) => {
    expect(await checkUrl(base + p)).toEqual(expected);
  });

  test('a redirect to another page is reported as moved, with its new address', async () => {
    expect(await checkUrl(`${base}/moved`)).toEqual({ kind: 'moved', to: `${base}/elsewhere` });
  });

  test('a redirect to a javascript: address is reported as unsafe, never followed or counted as moved', async () => {
    expect(await checkUrl(`${base}/hijacked`)).toEqual({ kind: 'unsafe', to: 'javascript:alert(document.cookie)' });
    expect(linkReport([{ file: 'content/sources/d.yaml', url: `${base}/hijacked`, status: { kind: 'unsafe', to: 'javascript:alert(1)' } }])).toContain(
      'now redirects to a javascript: address; remove the link',
    );
  });

  test('the issue body lists each file to fix with what to do', () => {
    expect(
      linkReport([
        { file: 'content/sources/a.yaml', url: 'https://a.example/x', status: { kind: 'dead', reason: 'HTTP 404' } },
        { file: 'content/sources/b.yaml', url: 'https://b.example/y', status: { kind: 'moved', to: 'https://b.example/z' } },
        { file: 'content/sources/c.yaml', url: 'https://c.example/', status: { kind: 'ok' } },
      ]),
    ).toMatchInlineSnapshot(`
      "2 of 3 source URLs need attention:

      - [ ] \`content/sources/a.yaml\`: https://a.example/x is dead (HTTP 404); find the new address or an archived, dated copy
      - [ ] \`content/sources/b.yaml\`: https://b.example/y now redirects to https://b.example/z (update \`url\`, re-check what it says, set \`accessed\`)
      "
    `);
  });
});
