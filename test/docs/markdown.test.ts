import { describe, expect, it } from 'vitest';
import { inline, markdown } from '../../scripts/docs/markdown.ts';

describe('docs: Markdown to HTML', () => {
  it.each([
    ['plain text is escaped', { given: 'a < b & "c"', want: 'a &lt; b &amp; &quot;c&quot;' }],
    ['a code span', { given: 'use `55 +`', want: 'use <code>55 +</code>' }],
    ['nothing inside a code span is Markdown', { given: '`**[x](y)**`', want: '<code>**[x](y)**</code>' }],
    ['a link', { given: 'see [Targeting values](values.html#dma).', want: 'see <a href="values.html#dma">Targeting values</a>.' }],
    ['bold', { given: 'a **400** answer', want: 'a <strong>400</strong> answer' }],
    ['HTML in text stays text', { given: '<script>x</script>', want: '&lt;script&gt;x&lt;/script&gt;' }],
  ])('inline: %s', (_, { given, want }) => {
    expect(inline(given)).toBe(want);
  });

  it.each([
    ['paragraphs join their lines', { given: 'one\ntwo\n\nthree', want: '<p>one two</p>\n<p>three</p>' }],
    ['a heading gets an id and an anchor', { given: '## The CLI', want: '<h2 id="the-cli">The CLI <a class="anchor" href="#the-cli" aria-label="Link to this section">#</a></h2>' }],
    ['a fenced block keeps its text', { given: '```sh\nnpm i <x>\n```', want: '<pre><code class="language-sh">npm i &lt;x&gt;</code></pre>' }],
    ['a list right after a paragraph', { given: 'Checks:\n1. token\n2. ids', want: '<p>Checks:</p>\n<ol><li>token</li><li>ids</li></ol>' }],
    ['an indented line continues its item', { given: '- a\n  b\n- c', want: '<ul><li>a b</li><li>c</li></ul>' }],
    ['a pipe table', { given: '| a | b |\n| --- | --- |\n| `x` | y |', want: '<table><thead><tr><th>a</th><th>b</th></tr></thead><tbody><tr><td><code>x</code></td><td>y</td></tr></tbody></table>' }],
  ])('block: %s', (_, { given, want }) => {
    expect(markdown(given)).toBe(want);
  });
});
