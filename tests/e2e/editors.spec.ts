import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { armUnderlineProbe, editorFrame, enableDemoOrigin, overlay, paintedRanges, readModel, TEXT, underlined, type EditorRow } from './editorPages';

/**
 * Every editor a seller back office uses, mounted late (`?late=`), driven by real keystrokes; the fix is
 * read back through the editor's own API (`window.__read`), not the DOM.
 */
const ROWS: EditorRow[] = [
  { name: 'plain input', page: 'plain', field: 'input', target: '#f-input', painted: false },
  { name: 'plain textarea', page: 'plain', field: 'textarea', target: '#f-textarea', painted: false },
  { name: 'React input', page: 'react', field: 'input', target: '#f-input', painted: false },
  { name: 'React textarea', page: 'react', field: 'textarea', target: '#f-textarea', painted: false },
  { name: 'Vue 3 v-model input', page: 'vue', field: 'input', target: '#f-input', painted: false },
  { name: 'Vue 3 v-model textarea', page: 'vue', field: 'textarea', target: '#f-textarea', painted: false },
  { name: 'Ant Design Input showCount', page: 'antd', field: 'input', target: '#f-input', painted: false },
  { name: 'Ant Design TextArea showCount', page: 'antd', field: 'textarea', target: '#f-textarea', painted: false },
  { name: 'Element Plus el-input', page: 'element-plus', field: 'input', target: '#f-input', painted: false },
  { name: 'Element Plus el-input textarea', page: 'element-plus', field: 'textarea', target: '#f-textarea', painted: false },
  { name: 'Quill 2', page: 'quill', target: '.ql-editor', painted: true },
  { name: 'wangEditor 5', page: 'wangeditor', target: '[data-slate-editor]', painted: true },
  { name: 'TinyMCE', page: 'tinymce', target: 'body', frame: 'iframe.tox-edit-area__iframe', painted: true },
  { name: 'CKEditor 5', page: 'ckeditor', target: '.ck-editor__editable', painted: true },
  { name: 'Lexical', page: 'lexical', target: '#lexical', painted: true },
  { name: 'TipTap / ProseMirror', page: 'tiptap', target: '.ProseMirror', painted: true },
  { name: 'Slate (slate-react)', page: 'slate', target: '[data-slate-editor]', painted: true },
  { name: 'Draft.js', page: 'draft', target: '.public-DraftEditor-content', painted: true },
];

/** Editors separate blocks differently in their plain text (Lexical and TinyMCE with a blank line). */
const lines = (text: string) => text.replace(/\n+/g, '\n').trim();

async function openEditor(page: Page, row: EditorRow, late = 700) {
  await page.goto(`/demo/editors/${row.page}.html?late=${late}`);
  await page.waitForFunction(() => window.__ready === true);
  const field = row.frame ? page.frameLocator(row.frame).locator(row.target) : page.locator(row.target);
  await field.click();
  return field;
}

/** Opens the finding's card from the findings panel (the keyboard-reachable path) and returns it. */
async function openCard(page: Page, match: string) {
  const toggle = overlay(page).getByTestId('ll-panel-toggle');
  await toggle.click();
  await overlay(page).getByTestId('ll-panel-item').filter({ hasText: match }).first().click();
  const card = overlay(page).getByTestId('ll-card');
  await expect(card).toBeVisible();
  return card;
}

test.describe('third-party editors', () => {
  test.beforeEach(async ({ context, extensionId, baseURL }) => {
    await enableDemoOrigin(context, extensionId, baseURL!);
  });

  for (const row of ROWS) {
    test(`${row.name}: late mount detected, underline, fix lands in the model, typable, Ctrl+Z restores`, async ({ context }) => {
      const page = await context.newPage();
      await openEditor(page, row);
      const [head, tail] = [TEXT.slice(0, TEXT.indexOf('好')), TEXT.slice(TEXT.indexOf('好') + 1)];
      await page.keyboard.type(head);
      const probe = await armUnderlineProbe(page, row, '好');
      await page.keyboard.type('好');
      const latency = await probe();
      await page.keyboard.type(tail);
      test.info().annotations.push({ type: 'keystroke→underline ms', description: latency.toFixed(1) });
      console.log(`${row.name}: keystroke→underline ${latency.toFixed(1)} ms`);
      await expect.poll(() => readModel(page, row)).toBe(TEXT);
      await expect.poll(() => underlined(page, row, '最好')).toBe(true);

      // Editors merge edits made within a second into one undo step; a seller's fix comes later.
      await page.waitForTimeout(1100);
      const card = await openCard(page, '最好');
      const fix = card.getByTestId('ll-fix').first();
      const replacement = (await fix.textContent()) ?? '';
      await fix.click();
      const fixed = TEXT.replace('最好', replacement);
      await expect.poll(() => readModel(page, row)).toBe(fixed);
      await expect(card).toHaveCount(0);
      await expect.poll(() => underlined(page, row, '最好')).toBe(false);

      // Still typable, and the next keystroke does not bring the old wording back.
      await page.keyboard.press('Control+End');
      await page.keyboard.type('再来');
      await expect.poll(() => readModel(page, row)).toBe(`${fixed}再来`);
      await expect.poll(() => underlined(page, row, '最好')).toBe(false);

      // Ctrl+Z walks back through the typing to the original wording and never empties the field.
      const seen: string[] = [];
      for (let press = 0; press < 4 && seen.at(-1) !== TEXT; press++) {
        await page.keyboard.press('Control+z');
        await page.waitForTimeout(200);
        seen.push(await readModel(page, row));
      }
      expect(seen).not.toContain('');
      expect(seen.at(-1)).toBe(TEXT);
    });
  }

  for (const row of ROWS.filter((candidate) => candidate.painted)) {
    test(`${row.name}: a fix in the second paragraph lands at the right offset`, async ({ context }) => {
      const page = await context.newPage();
      await openEditor(page, row, 0);
      await page.keyboard.type('第一段：轻薄保温杯');
      await page.keyboard.press('Enter');
      await page.keyboard.type(TEXT);
      await expect.poll(async () => lines(await readModel(page, row))).toBe(`第一段：轻薄保温杯\n${TEXT}`);
      await page.waitForTimeout(1100);
      const card = await openCard(page, '最好');
      const fix = card.getByTestId('ll-fix').first();
      const replacement = (await fix.textContent()) ?? '';
      await fix.click();
      await expect.poll(async () => lines(await readModel(page, row))).toBe(`第一段：轻薄保温杯\n${TEXT.replace('最好', replacement)}`);
    });
  }

  for (const row of [...ROWS.filter((candidate) => candidate.painted), ROWS.find((candidate) => candidate.page === 'react')!]) {
    test(`${row.name}: a "delete the term" fix removes exactly the term from the model`, async ({ context }) => {
      const page = await context.newPage();
      await openEditor(page, row, 0);
      const text = '这款精华坚持使用可根治暗沉。';
      await page.keyboard.type(text);
      await expect.poll(() => readModel(page, row)).toBe(text);
      await page.waitForTimeout(1100);
      const card = await openCard(page, '根治');
      await card.getByTestId('ll-fix').filter({ hasText: '删除该词' }).click();
      await expect.poll(() => readModel(page, row)).toBe(text.replace('根治', ''));
      await expect(card).toHaveCount(0);
    });
  }

  for (const row of ROWS.filter((candidate) => candidate.field === 'input' && ['plain', 'antd'].includes(candidate.page))) {
    test(`${row.name}: a fix that would pass maxlength is refused honestly and the field keeps its text`, async ({ context, baseURL }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
      const page = await context.newPage();
      const field = await openEditor(page, row, 0);
      const text = `奇效${'a'.repeat(57)}`; // 59 of 60; the fix 效果明显 needs 61
      await field.fill(text);
      await expect.poll(() => readModel(page, row)).toBe(text);
      const card = await openCard(page, '奇效');
      const fix = card.getByTestId('ll-fix').first();
      const replacement = (await fix.textContent()) ?? '';
      expect(replacement.length).toBeGreaterThan(3);
      await fix.click();
      await expect(card.getByTestId('ll-card-notice')).toHaveText('修改后会超出此输入框的字数上限，未作修改；已复制建议文字，请删减后粘贴');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(replacement);
      expect(await readModel(page, row)).toBe(text);
      await expect(field).toHaveValue(text);
    });
  }

  test('an editor that refuses programmatic edits: the card says so, the suggestion is on the clipboard, nothing changed', async ({ context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
    const page = await context.newPage();
    const row: EditorRow = { name: 'stubborn', page: 'stubborn', target: '#stubborn', painted: true };
    await openEditor(page, row, 0);
    await page.keyboard.type(TEXT);
    await expect.poll(() => readModel(page, row)).toBe(TEXT);
    const card = await openCard(page, '最好');
    const fix = card.getByTestId('ll-fix').first();
    const replacement = (await fix.textContent()) ?? '';
    await fix.click();
    await expect(card.getByTestId('ll-card-notice')).toHaveText('这里无法直接替换，已复制建议文字，请粘贴覆盖高亮处');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(replacement);
    await page.waitForTimeout(300);
    expect(await readModel(page, row)).toBe(TEXT);
    await expect(page.locator('#stubborn')).toHaveText(TEXT);
    expect(await paintedRanges(page)).toBe(1);
  });

  test('a field the framework rebuilds mid-fix: clear notice, text kept, the new field is tracked with no stray marks', async ({ context }) => {
    const page = await context.newPage();
    const row: EditorRow = { name: 'replacing', page: 'replacing', target: '.rebuilt-editor', painted: true };
    await openEditor(page, row, 0);
    await page.keyboard.type(TEXT);
    await expect.poll(() => paintedRanges(page)).toBe(1);
    await page.waitForTimeout(400);
    const card = await openCard(page, '最好');
    await card.getByTestId('ll-fix').first().click();
    // The card goes with its field; the badge says what happened.
    await expect(card).toHaveCount(0);
    await expect(overlay(page).getByTestId('ll-edit-status')).toContainText('该输入框已被页面移除或重建，未作修改');
    expect(await readModel(page, row)).toBe(TEXT);
    await expect(page.locator('.rebuilt-editor')).toHaveText(TEXT);
    await expect.poll(() => paintedRanges(page)).toBe(1);
  });

  test('an editor destroyed while its card is open: the card closes, its marks go, nothing else changes', async ({ context }) => {
    const page = await context.newPage();
    const row = ROWS.find((candidate) => candidate.page === 'wangeditor')!;
    await openEditor(page, row, 0);
    await page.keyboard.type(TEXT);
    await expect.poll(() => paintedRanges(page)).toBe(1);
    const card = await openCard(page, '最好');
    await page.evaluate(() => window.__destroy!());
    await expect(card).toHaveCount(0);
    await expect.poll(() => paintedRanges(page)).toBe(0);
    await expect(overlay(page).getByTestId('ll-field-count')).toContainText('0');
  });

  test('TinyMCE is detected although its container carries an inline visibility:hidden', async ({ context }) => {
    const page = await context.newPage();
    await page.goto('/demo/editors/tinymce.html');
    await page.waitForFunction(() => window.__ready === true);
    expect(await page.locator('.tox-tinymce').getAttribute('style')).toContain('visibility: hidden');
    await expect(overlay(page).getByTestId('ll-field-count')).toContainText('1');
    const row = ROWS.find((candidate) => candidate.page === 'tinymce')!;
    const frame = await editorFrame(page, row);
    expect(frame).not.toBe(page);
    // The field's screen-reader description lives in the frame document but never in the editor's content (its body).
    await page.frameLocator(row.frame!).locator('body').click();
    await page.keyboard.type(TEXT);
    await expect.poll(() => paintedRanges(frame)).toBe(1);
    const described = await frame.evaluate(() => {
      const id = document.body.getAttribute('aria-describedby') ?? '';
      const description = document.getElementById(id);
      return { text: description?.textContent ?? '', inBody: document.body.contains(description) };
    });
    expect(described.text).toContain('最好');
    expect(described.inBody).toBe(false);
    expect(await page.evaluate(() => window.__read!())).toBe(TEXT);
  });
});

test.describe('draft insert through the verified edit path', () => {
  test.beforeEach(async ({ context, extensionId, baseURL }) => {
    await enableDemoOrigin(context, extensionId, baseURL!);
  });

  async function draftAndInsert(page: Page) {
    await overlay(page).getByTestId('ll-draft-toggle').click();
    const drawer = overlay(page).getByTestId('ll-draft-drawer');
    await drawer.getByTestId('draft-name').fill('无线降噪耳机');
    await drawer.getByTestId('draft-selling-points').fill('主动降噪\n续航30小时');
    await drawer.getByTestId('draft-keywords').fill('降噪耳机');
    await drawer.getByTestId('draft-generate').click();
    const first = drawer.getByTestId('draft-variant').first();
    await expect(first).toBeVisible();
    const body = ((await first.getByTestId('draft-body').textContent()) ?? '').trim();
    await first.getByTestId('draft-insert').click();
    return { body, status: first.getByRole('status') };
  }

  for (const page of ['wangeditor', 'slate', 'ckeditor']) {
    // Drafted bodies are multi-paragraph: each paragraph must become a paragraph of the editor's model.
    test(`${page}: a drafted multi-paragraph variant replaces the field's text in the editor's model`, async ({ context }) => {
      const tab = await context.newPage();
      const row = ROWS.find((candidate) => candidate.page === page)!;
      await openEditor(tab, row, 0);
      await tab.keyboard.type('旧的描述文字');
      await expect.poll(() => readModel(tab, row)).toBe('旧的描述文字');
      const { body, status } = await draftAndInsert(tab);
      expect(lines(body).split('\n').length).toBeGreaterThan(1);
      await expect(status).toHaveText('已插入');
      await expect.poll(async () => lines(await readModel(tab, row))).toBe(lines(body));
      // Still one editor document the seller can keep typing in.
      await tab.locator(row.target).click();
      await tab.keyboard.press('Control+End');
      await tab.keyboard.type('再来');
      await expect.poll(async () => lines(await readModel(tab, row))).toBe(`${lines(body)}再来`);
    });
  }

  test('an editor that refuses the insert: the status says so, the copy is on the clipboard, the text is kept', async ({ context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
    const tab = await context.newPage();
    const row: EditorRow = { name: 'stubborn', page: 'stubborn', target: '#stubborn', painted: true };
    await openEditor(tab, row, 0);
    await tab.keyboard.type('旧的描述文字');
    const { body, status } = await draftAndInsert(tab);
    await expect(status).toHaveText('此输入框无法直接插入，已复制文案，请粘贴到输入框中');
    expect(await tab.evaluate(() => navigator.clipboard.readText())).toBe(body);
    await tab.waitForTimeout(300);
    expect(await readModel(tab, row)).toBe('旧的描述文字');
  });
});
