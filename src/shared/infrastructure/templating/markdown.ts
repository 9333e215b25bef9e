// Limited Markdown for text that staff write (FAQ answers, notes): paragraphs, emphasis, lists,
// links, quotes and inline code. Raw HTML is never passed through (it is shown as text), and
// markdown-it refuses javascript:, vbscript: and data: links, so the output is safe to put in a page.
import MarkdownIt from 'markdown-it';

const markdown = new MarkdownIt('zero', { html: false, linkify: false, typographer: false }).enable([
  'paragraph',
  'newline',
  'emphasis',
  'strikethrough',
  'link',
  'autolink',
  'list',
  'blockquote',
  'backticks',
  'escape',
  'entity',
]);

export function renderLimitedMarkdown(source: string): string {
  return markdown.render(source);
}
