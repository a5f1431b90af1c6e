import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { excerptOf, plainText, textFacts, truncateAtWord } from '../../../lib/markdown/text-facts';

const summaryOf = (markdown: string) => textFacts(markdown).summary;
const readingStats = (markdown: string) => {
  const { minutes, words } = textFacts(markdown);
  return { minutes, words };
};

describe('textFacts: summary', () => {
  it('uses the first paragraph as plain text, without Markdown', () => {
    const summary = summaryOf('# Title\n\nSome **bold** and [a link](https://x.y) and `code`.\n\nSecond.');
    assert.equal(summary, 'Some bold and a link and code.');
  });

  it('skips placeholders and repairs mojibake', () => {
    assert.equal(summaryOf('[Insert a relevant image: x]\n\nHello ğŸ™Œ world.'), 'Hello 🙌 world.');
  });

  it('cuts long paragraphs at a word boundary with an ellipsis', () => {
    const summary = summaryOf(`${'word '.repeat(100)}end.`);
    assert.ok(summary.length <= 201, `${summary.length}`);
    assert.match(summary, /word…$/);
  });

  it('is the paragraphs before a summary divider (Hugo’s `<!--more-->`, Hexo’s and Zola’s `<!-- more -->`)', () => {
    assert.equal(summaryOf('First part.\n\nSecond part.\n\n<!-- more -->\n\nThe rest.'), 'First part. Second part.');
    assert.equal(summaryOf('One.\n<!--more-->\nTwo.'), 'One.');
    assert.equal(summaryOf('Docusaurus.\n\nToo.\n\n<!-- truncate -->\n\nRest.'), 'Docusaurus. Too.');
    assert.equal(summaryOf('An MDX post.\n\n:::tip\n\nA tip.\n\n:::\n\nToo.\n\n{/* truncate */}\n\nRest.'), 'An MDX post. Too.');
    assert.equal(summaryOf('Pelican.\n\nToo.\n\n<!-- PELICAN_END_SUMMARY -->\n\nRest.'), 'Pelican. Too.');
    assert.equal(summaryOf('One.\n\nTwo.\n\n<!-- less -->'), 'One.');
  });

  it('is empty for a body without paragraphs', () => {
    assert.equal(summaryOf('## Only a heading'), '');
  });
});

describe('excerptOf', () => {
  it('keeps whole sentences that fit, never a dangling word of the next one', () => {
    const text = 'Layer 2 helps. It batches transactions off-chain and settles them later. These savings add up quickly over time.';
    assert.equal(excerptOf(text, 80), 'Layer 2 helps. It batches transactions off-chain and settles them later.');
    assert.equal(excerptOf(text, 500), text);
  });
  it('drops an opening salutation and the emoji after it', () => {
    assert.equal(
      excerptOf('Hello again, blockchain explorers! 🌟 Today, we dive into layer 2. So, let us go!', 40),
      'Today, we dive into layer 2.',
    );
    assert.equal(excerptOf('Hello, fellow innovators! 🙌 As a strategist, I share insights.'), 'As a strategist, I share insights.');
    // A paragraph that is only a greeting stays: there is nothing else to show.
    assert.equal(excerptOf('Hello 🙌 world.'), 'Hello 🙌 world.');
  });
  it('cuts a first sentence longer than the limit at a word, with an ellipsis', () => {
    assert.equal(excerptOf('alpha beta gamma delta epsilon zeta eta theta.', 20), 'alpha beta gamma…');
  });
});

describe('truncateAtWord', () => {
  it('keeps short text as is', () => {
    assert.equal(truncateAtWord('short text', 50), 'short text');
  });
  it('never cuts a word in half and drops trailing punctuation', () => {
    assert.equal(truncateAtWord('alpha beta, gamma delta', 12), 'alpha beta…');
  });
});

describe('plainText and textFacts: reading statistics', () => {
  it('joins blocks with spaces and counts words', () => {
    assert.equal(plainText('# A\n\n- b\n- c\n\nd'), 'A b c d');
    assert.deepEqual(readingStats('one two three'), { minutes: 1, words: 3 });
  });
  it('estimates minutes from the word count', () => {
    assert.equal(readingStats('word '.repeat(1000)).minutes, 5);
  });
});


const body = [
  '[Insert a relevant image: a diagram of channels]',
  '',
  'Rollups **batch** transactions and post a `proof` to [layer 1](https://example.org).',
  '',
  '## How it works',
  '',
  '- one',
  '- two',
  '',
  '```ts',
  'const fee = 1;',
  '```',
].join('\n');

describe('textFacts', () => {
  it('gives the summary and reading statistics of a body from one parse', () => {
    const facts = textFacts(body);
    assert.equal(facts.summary, 'Rollups batch transactions and post a proof to layer 1.');
    assert.equal(facts.words, plainText(body).split(' ').length);
    assert.equal(facts.minutes, 1);
  });

  it('reads an .mdx body without its imports and exports, which are code: never its summary or its words', () => {
    const mdx = "import Tabs from '@theme/Tabs';\nimport TabItem from '@theme/TabItem';\n\nInstall it first.\n\nexport const year = 2024;\n\n```js\n\nimport x from 'y';\n```\n";
    const facts = textFacts(mdx, 'mdx');
    assert.equal(facts.summary, 'Install it first.');
    assert.doesNotMatch(plainText(mdx.replace(/^(?:import|export)[^\n]*$/gm, '')), /import Tabs/);
    assert.equal(facts.words, textFacts("Install it first.\n\n```js\n\nimport x from 'y';\n```\n").words);
    // As Markdown, the same body would open with its imports.
    assert.match(textFacts(mdx).summary, /^import Tabs/);
    // A line that starts with the fence's mark but says more does not close it: the import after it is code shown.
    const shown = 'Read this.\n\n```\n```js\n\nimport x from \'y\';\n```\n';
    assert.equal(textFacts(shown, 'mdx').words, textFacts(shown).words);
  });

  it('remembers the body it just parsed, so contentlayer’s three computed fields parse it once', () => {
    const text = `${body}\n\nAnother paragraph.`;
    assert.equal(textFacts(text), textFacts(text));
  });

  it('gives a long body its minutes, words and a cut summary', () => {
    const long = Array.from({ length: 600 }, (_, i) => `word${i}`).join(' ');
    assert.deepEqual(readingStats(long), { minutes: 3, words: 600 });
    assert.ok(summaryOf(long).endsWith('…') && summaryOf(long).length <= 201);
  });

  it('forgets old bodies instead of growing with the number of posts', () => {
    const first = 'First post body.';
    const facts = textFacts(first);
    for (let i = 0; i < 100; i++) textFacts(`Post number ${i}.`);
    assert.notEqual(textFacts(first), facts);
    assert.deepEqual(textFacts(first), facts);
  });
});
