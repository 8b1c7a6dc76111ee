// The development server (web/serve.mjs): malformed or escaping paths are refused, the server
// survives them, and the frame policy travels as a header.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { join, sep } from 'node:path';
import { fileFor, serve } from '../serve.mjs';

const base = `${sep}srv${sep}dist`;

test('serve_refuses_malformed_and_escaping_paths: never a crash, never a sibling folder', () => {
  assert.equal(fileFor(base, '/%'), null, 'a malformed escape');
  assert.equal(fileFor(base, '/%E0%A4%A'), null);
  assert.equal(fileFor(base, '/..%2fdistX/secret.txt'), null, 'the sibling folder distX');
  assert.equal(fileFor(base, '/..%2f..%2fetc/passwd'), null);
  assert.equal(fileFor(base, '/a%00.js'), null);
  assert.equal(fileFor(base, '/'), join(base, 'index.html'));
  assert.equal(fileFor(base, '/sw.js?x=%'), join(base, 'sw.js'), 'the query is not the path');
});

function get(port, path) {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET' }, (res) => {
      res.resume();
      res.on('end', () => resolve(res));
    });
    req.on('error', reject);
    req.end();
  });
}

test('serve_survives_bad_paths_and_sends_frame_ancestors', async () => {
  const server = await serve(0, '127.0.0.1', { frameAncestors: 'https://app.example' });
  try {
    const port = server.address().port;
    assert.equal((await get(port, '/%')).statusCode, 400);
    assert.equal((await get(port, '/..%2fdistX/x')).statusCode, 400);
    const after = await get(port, '/no-such-file.js');
    assert.equal(after.statusCode, 404, 'still answering after the bad requests');
    assert.match(after.headers['content-security-policy'], /; frame-ancestors https:\/\/app\.example$/);
    const dflt = await serve(0, '127.0.0.1', {});
    try {
      const page = await get(dflt.address().port, '/no-such-file.js');
      assert.match(page.headers['content-security-policy'], /; frame-ancestors ('self'|.+)$/);
    } finally {
      dflt.close();
    }
  } finally {
    server.close();
  }
});
