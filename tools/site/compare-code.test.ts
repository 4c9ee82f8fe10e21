import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareCodeIgnoringComments } from './compare-code.ts';

test('comments, JSDoc and blank lines may differ', () => {
  const en = '/** Reads the session. */\nexport const a = 1; // the id\nconst s = `x${a}y`;';
  const zh = '/** 读取会话。 */\nexport const a = 1; // 编号\n\n\nconst s = `x${a}y`;';
  assert.deepEqual(compareCodeIgnoringComments(en, zh, 'ts'), { equal: true });
});

test('a translated identifier is reported with both lines', () => {
  const result = compareCodeIgnoringComments('// setup\nfoo(logtoConfig);', 'foo(配置);', 'ts');
  assert.equal(result.equal, false);
  if (result.equal) return;
  assert.equal(result.lineA, 2);
  assert.equal(result.lineB, 1);
  assert.match(result.reason, /logtoConfig.*配置/);
});

test('JSX text is code, but its line breaks are not', () => {
  assert.deepEqual(compareCodeIgnoringComments('<p>Hello {name}</p>', '<p>\n  Hello {name}\n</p>', 'tsx'), { equal: true });
  const changed = compareCodeIgnoringComments('<p>Hello {name}</p>', '<p>你好 {name}</p>', 'tsx');
  assert.equal(changed.equal, false);
});

test('a changed string and a missing line are differences', () => {
  assert.equal(compareCodeIgnoringComments("signIn('/a');", "signIn('/b');", 'js').equal, false);
  const missing = compareCodeIgnoringComments('a();\nb();', 'a();', 'ts');
  assert.deepEqual(missing.equal ? null : [missing.lineA, missing.lineB], [2, 1]);
});

test('shell blocks ignore # comments but not # inside quotes', () => {
  assert.deepEqual(compareCodeIgnoringComments('npm i x # install', '# 安装\nnpm i x', 'bash'), { equal: true });
  assert.equal(compareCodeIgnoringComments('echo "a # b"', 'echo "a # c"', 'bash').equal, false);
});
