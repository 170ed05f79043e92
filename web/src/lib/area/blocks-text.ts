/**
 * Rich text (Strapi blocks) as plain text in a textarea and back: paragraphs separated by a blank
 * line, "- " list items, "## " headings. Formatting inside a paragraph (bold, links) is not
 * editable this way, so the form only sends a description when its text was actually changed.
 */
type Node = { type: string; text?: string; level?: number; format?: string; url?: string; children?: Node[] };

const inlineText = (nodes: Node[] | undefined): string =>
	(nodes ?? []).map((node) => (node.type === 'text' ? (node.text ?? '') : inlineText(node.children))).join('');

export function blocksToText(blocks: unknown): string {
	if (!Array.isArray(blocks)) return '';
	return (blocks as Node[])
		.map((block) => {
			if (block.type === 'heading') return `## ${inlineText(block.children)}`;
			if (block.type === 'list') return (block.children ?? []).map((item) => `- ${inlineText(item.children)}`).join('\n');
			if (block.type === 'quote' || block.type === 'paragraph' || block.type === 'code') return inlineText(block.children);
			return '';
		})
		.filter((text) => text.trim() !== '')
		.join('\n\n');
}

const text = (value: string) => [{ type: 'text', text: value }];

export function textToBlocks(value: string): Node[] {
	const chunks = value
		.replace(/\r\n?/g, '\n')
		.split(/\n\s*\n/)
		.map((chunk) => chunk.trim())
		.filter(Boolean);
	const blocks: Node[] = [];
	for (const chunk of chunks) {
		const lines = chunk.split('\n');
		if (lines.every((line) => /^[-*•]\s+/.test(line))) {
			blocks.push({ type: 'list', format: 'unordered', children: lines.map((line) => ({ type: 'list-item', children: text(line.replace(/^[-*•]\s+/, '')) })) });
		} else if (/^#{1,6}\s+/.test(lines[0])) {
			blocks.push({ type: 'heading', level: 2, children: text(lines[0].replace(/^#{1,6}\s+/, '')) });
			if (lines.length > 1) blocks.push({ type: 'paragraph', children: text(lines.slice(1).join('\n')) });
		} else {
			blocks.push({ type: 'paragraph', children: text(lines.join('\n')) });
		}
	}
	return blocks;
}
