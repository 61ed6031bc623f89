/**
 * Issue 18 over HTTP, in-process (SQLite and, when it runs, PostgreSQL): a message may carry
 * attachments (base64 in the JSON body); it is decided only once they are read (fail closed: a
 * refused attachment is a problem response and nothing is stored); the policy decides on what is
 * found in them (a tutor's image with a number to a possible child is a safeguarding hold); the bytes
 * and the text read are sealed at rest; moderators see what was read, the findings' boxes and the
 * image, every opening audited.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import sharp from 'sharp';
import type { FastifyInstance } from 'fastify';
import { createApp } from '../src/service/create-app.js';
import { ServiceClient } from './helpers/service-client.js';
import { testTargets } from './helpers/service-db.js';
import { pngBomb } from './helpers/hostile-files.js';

const API_KEY = 'chp_test_key_attachments_01';
const ADMIN = { email: 'admin@example.org', password: 'correct horse battery staple' };
const targets = await testTargets();

let n = 0;
const uid = (p: string) => `${p}-${++n}-${Date.now().toString(36)}`;

async function phoneImage(): Promise<string> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="520" height="140"><rect width="100%" height="100%" fill="#fff"/><text x="20" y="60" font-family="DejaVu Sans" font-size="26">Homework help</text><text x="20" y="105" font-family="DejaVu Sans" font-size="26">Call me on 07700 900123</text></svg>`;
  return (await sharp(Buffer.from(svg)).png().toBuffer()).toString('base64');
}

for (const target of targets) {
  describe(`attachments over HTTP (${target.name})`, { skip: target.skip ?? false }, () => {
    let app: FastifyInstance;
    let client: ServiceClient;
    let img = '';
    before(async () => {
      const db = await target.open();
      app = await createApp({ databaseUrl: db.databaseUrl, dataDir: db.dataDir, apiKey: API_KEY, adminEmail: ADMIN.email, adminPassword: ADMIN.password, webhook: null, consoleDir: false, logger: false, attachmentLimits: { maxBytes: 1024 * 1024 } });
      client = new ServiceClient(app, API_KEY);
      assert.equal((await client.login(ADMIN.email, ADMIN.password)).status, 200);
      img = await phoneImage();
    });
    after(async () => {
      await app?.close();
    });

    it("a tutor's image with a phone number to a 14-year-old is held as safeguarding; sealed at rest; moderators see the boxes and the image", async () => {
      const conv = uid('c');
      const sent = await client.send({ conversationId: conv, senderId: uid('tutor'), senderRole: 'tutor', participants: [{ id: uid('s'), role: 'student' }], studentAge: '13-17', text: 'here is the worksheet', attachments: [{ name: 'sheet.png', data: img }] });
      assert.equal(sent.status, 201, JSON.stringify(sent.body));
      assert.equal(sent.body.message.status, 'held');
      assert.equal(sent.body.decision.concern, 'safeguarding');
      assert.deepEqual(sent.body.message.attachments, [{ index: 0, name: 'sheet.png', type: 'png', delivered: false }]);
      const f = sent.body.decision.findings.find((x: any) => x.kind === 'phone');
      assert.equal(f.attachment, 0);
      assert.equal(f.source, 'ocr');
      assert.ok(f.box.width > 0);
      assert.equal(f.text, undefined, 'findings never echo the detail');
      // Sealed at rest: neither the bytes nor the recognised text are stored in the clear.
      const row = await app.chaperone.store.db.selectFrom('message_attachments').selectAll().where('message_id', '=', sent.body.message.id).executeTakeFirstOrThrow();
      assert.ok(!row.sealed_ct.includes(img.slice(40, 80)));
      assert.ok(!JSON.stringify(row).includes('07700'));
      const list = await client.mod('GET', `/v1/messages/${sent.body.message.id}/attachments`);
      assert.equal(list.status, 200);
      assert.match(list.body.attachments[0].texts[0].text, /07700 900123/);
      assert.equal(list.body.attachments[0].findings[0].attachment, 0);
      const content = await client.request('GET', `/v1/messages/${sent.body.message.id}/attachments/0/content`, { auth: 'session' });
      assert.equal(content.status, 200);
      assert.equal(content.headers['content-type'], 'image/png');
      const audit = await client.mod('GET', '/v1/audit?limit=20');
      assert.ok(JSON.stringify(audit.body).includes('message.attachments_opened'));
    });

    it('a parent sending a harmless image is delivered with it; a tutor to a parent: redacted, the image withheld', async () => {
      const blank = (await sharp({ create: { width: 64, height: 64, channels: 3, background: '#fff' } }).png().toBuffer()).toString('base64');
      const parent = uid('p');
      const okConv = uid('c');
      const ok = await client.send({ conversationId: okConv, senderId: parent, senderRole: 'parent', text: 'a photo of the homework', attachments: [{ data: blank }] });
      assert.equal(ok.body.message.status, 'delivered');
      assert.equal(ok.body.message.attachments[0].delivered, true);
      // A participant gets the file; someone else does not.
      const file = await client.request('GET', `/v1/messages/${ok.body.message.id}/attachments/0/file?as=${parent}`);
      assert.equal(file.status, 200);
      assert.equal(file.headers['content-type'], 'image/png');
      assert.equal((await client.request('GET', `/v1/messages/${ok.body.message.id}/attachments/0/file?as=stranger`)).status, 403);
      const toParent = await client.send({ conversationId: uid('c'), senderId: uid('t'), senderRole: 'tutor', participants: [{ id: uid('p'), role: 'parent' }], studentAge: 'adult', text: 'see the card', attachments: [{ data: blank }, { data: img }] });
      assert.equal(toParent.body.decision.action, 'redact');
      assert.equal(toParent.body.message.deliveredText, 'see the card');
      assert.deepEqual(toParent.body.message.attachments.map((a: any) => a.delivered), [true, false]);
      const tutor = toParent.body.message.senderId;
      assert.equal((await client.request('GET', `/v1/messages/${toParent.body.message.id}/attachments/0/file?as=${tutor}`)).status, 200);
      assert.equal((await client.request('GET', `/v1/messages/${toParent.body.message.id}/attachments/1/file?as=${tutor}`)).status, 404, 'the withheld one is not served');
    });

    it('fail closed: the lifecycle refuses a message whose attachments were not read (any intake)', async () => {
      const { sendMessage } = await import('../src/service/message-lifecycle.js');
      const ctx = app.chaperone;
      await assert.rejects(
        sendMessage({ store: ctx.store, policy: ctx.policy, sealer: ctx.sealer, now: ctx.now, webhooksEnabled: false }, { conversationId: uid('c'), senderId: 'u1', senderRole: 'parent', text: 'hi', attachments: [{ data: img }] }, { actor: 'test' }),
        (e: any) => e.status === 422 && e.code === 'attachments-not-read',
      );
    });

    it('each refusal is a problem response naming the attachment, and nothing is stored', async () => {
      const conv = uid('c');
      const send = (attachments: unknown[]) => client.send({ conversationId: conv, senderId: 'u1', senderRole: 'parent', text: '', attachments });
      const cases: [unknown[], number, RegExp][] = [
        [[{ data: Buffer.from('PK\x03\x04zip').toString('base64') }], 422, /ZIP/],
        [[{ data: pngBomb().toString('base64') }], 422, /30000×30000/],
        [[{ data: Buffer.alloc(1_200_000).toString('base64') }], 413, /over the limit of 1048576/],
        [[{ data: img }, { data: img }, { data: img }, { data: img }], 422, /4 attachments, over the limit of 3/],
        [[{ data: 'not base64!' }], 422, /not base64/],
      ];
      for (const [attachments, status, detail] of cases) {
        const r = await send(attachments);
        assert.equal(r.status, status, JSON.stringify(r.body));
        assert.match(r.body.detail, detail);
        assert.match(r.body.errors[0].path, /^\/attachments/);
      }
      const stored = await app.chaperone.store.db.selectFrom('messages').select('id').where('conversation_id', '=', conv).execute();
      assert.equal(stored.length, 0);
    });
  });
}
