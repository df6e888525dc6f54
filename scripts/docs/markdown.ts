/**
 * The small Markdown the site needs, to HTML: the spec's descriptions (paragraphs, `code`,
 * [links](url), **bold**, lists) and docs/*.md (plus headings, fenced code and pipe tables).
 * Hand-written rather than a dependency: the package ships none for Markdown, and this subset
 * is all the site's sources use (test/docs/markdown.test.ts pins it).
 */
import { escapeHtml, slug } from './html.ts';

/** One line of Markdown text to HTML: code spans, links and bold. */
export function inline(text: string): string {
  // Code spans first, so that nothing inside them is read as a link or bold.
  return text
    .split(/(`[^`]+`)/)
    .map((part) =>
      part.startsWith('`') && part.endsWith('`') && part.length > 1
        ? `<code>${escapeHtml(part.slice(1, -1))}</code>`
        : escapeHtml(part)
            .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, '<a href="$2">$1</a>')
            .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>'),
    )
    .join('');
}

const FENCE = /^```\s*([\w-]*)\s*$/;
const HEADING = /^(#{1,4})\s+(.+?)\s*#*$/;
const BULLET = /^[-*]\s+(.*)$/;
const NUMBERED = /^\d+[.)]\s+(.*)$/;
const TABLE_RULE = /^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$/;

function cells(row: string): string[] {
  return row
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((c) => c.trim());
}

function heading(level: number, text: string): string {
  const id = slug(text.replace(/`/g, ''));
  const anchor = level > 1 ? ` <a class="anchor" href="#${id}" aria-label="Link to this section">#</a>` : '';
  return `<h${level} id="${id}">${inline(text)}${anchor}</h${level}>`;
}

/** A Markdown document to HTML. */
export function markdown(source: string): string {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  let i = 0;
  const at = (n: number) => lines[n] ?? '';
  while (i < lines.length) {
    const line = at(i);
    let match: RegExpExecArray | null;
    if (!line.trim()) {
      i++;
    } else if ((match = FENCE.exec(line))) {
      const lang = match[1] ? ` class="language-${match[1]}"` : '';
      const body: string[] = [];
      for (i++; i < lines.length && !FENCE.test(at(i)); i++) body.push(at(i));
      i++;
      out.push(`<pre><code${lang}>${escapeHtml(body.join('\n'))}</code></pre>`);
    } else if ((match = HEADING.exec(line))) {
      out.push(heading(match[1]!.length, match[2]!));
      i++;
    } else if (BULLET.test(line) || NUMBERED.test(line)) {
      const pattern = BULLET.test(line) ? BULLET : NUMBERED;
      const items: string[] = [];
      while (i < lines.length && at(i).trim()) {
        const item = pattern.exec(at(i));
        if (item) items.push(item[1]!);
        else if (items.length) items[items.length - 1] += ` ${at(i).trim()}`;
        i++;
      }
      const tag = pattern === BULLET ? 'ul' : 'ol';
      out.push(`<${tag}>${items.map((t) => `<li>${inline(t)}</li>`).join('')}</${tag}>`);
    } else if (line.trim().startsWith('|') && TABLE_RULE.test(at(i + 1).trim())) {
      const head = cells(line);
      const rows: string[][] = [];
      for (i += 2; i < lines.length && at(i).trim().startsWith('|'); i++) rows.push(cells(at(i)));
      const th = head.map((c) => `<th>${inline(c)}</th>`).join('');
      const trs = rows.map((r) => `<tr>${r.map((c) => `<td>${inline(c)}</td>`).join('')}</tr>`).join('');
      out.push(`<table><thead><tr>${th}</tr></thead><tbody>${trs}</tbody></table>`);
    } else {
      const para: string[] = [];
      while (i < lines.length && at(i).trim() && !FENCE.test(at(i)) && !HEADING.test(at(i))) {
        if (para.length && (BULLET.test(at(i)) || NUMBERED.test(at(i)))) break;
        para.push(at(i).trim());
        i++;
      }
      out.push(`<p>${inline(para.join(' '))}</p>`);
    }
  }
  return out.join('\n');
}
