// @vitest-environment happy-dom
import { ownNodesOf } from '@/lib/annotate/page/own-nodes';
import { BlockWalker, indexTextBlocks, positionAt, type TextBlock } from '@/lib/annotate/page/text-index';
import { sharedFixture } from '@/tests/support/fixtures';

/** Parse markup into a detached element: detached, so embedded iframes are never loaded. */
function parse(html: string): Element {
  const template = document.createElement('template');
  template.innerHTML = html;
  const root = document.createElement('article');
  root.append(template.content);
  return root;
}

function blockContaining(blocks: TextBlock[], needle: string): TextBlock {
  const block = blocks.find((candidate) => candidate.text.includes(needle));
  if (block === undefined) throw new Error(`no block contains ${JSON.stringify(needle)}`);
  return block;
}

describe('indexTextBlocks', () => {
  it('reads a number split across inline tags as one number (immigrationcoach draw 238)', () => {
    const root = parse(sharedFixture('articles', 'immigrationcoach-express-entry-draw-238.html'));
    const block = blockContaining(indexTextBlocks(root, document), '5,500');
    expect(block.element.tagName).toBe('FIGCAPTION');
    expect(block.text).toContain('issued 5,500 invitations in the Express Entry draw');

    // The offsets map back to the two text nodes the number is split over.
    const start = block.text.indexOf('5,500');
    const first = positionAt(block, start, 'before');
    const last = positionAt(block, start + '5,500'.length);
    expect(first?.node.data).toBe('5');
    expect(first?.offset).toBe(0);
    expect(last?.node.data).toBe(',500 ');
    expect(last?.offset).toBe(4);
  });

  it('skips scripts, styles, code and form fields; reads what a page marks as editable or as ours', () => {
    const root = parse(
      `<p>Round <strong>#238</strong> ran.<script>var crs = 999;</script><style>.x{}</style>` +
        '<code>draw 111</code><span data-draw-alerts="badge">planted #237</span></p>' +
        '<div contenteditable="true"><p>draw 222</p></div><textarea>draw 333</textarea>' +
        '<noscript>draw 444</noscript><pre>draw 555</pre><select><option>draw 666</option></select>',
    );
    const blocks = indexTextBlocks(root, document);
    // A page cannot hide its claims behind our attribute or an editable region (issue 13).
    expect(blocks.map((block) => block.text)).toEqual(['Round #238 ran.planted #237', 'draw 222']);
  });

  it('never reads our own nodes, known by reference', () => {
    const root = parse('<p>Round #238 ran.</p>');
    const ours = document.createElement('span');
    ours.textContent = '✓ IRCC round #238';
    root.querySelector('p')?.append(ours);
    ownNodesOf(document).hosts.add(ours);
    const own = ownNodesOf(document);
    expect(
      indexTextBlocks(root, document, { skip: (node) => own.hosts.has(node) }).map((block) => block.text),
    ).toEqual(['Round #238 ran.']);
  });

  it('keeps blocks apart, and line breaks and nested blocks as separators', () => {
    const root = parse(
      '<div>Date: January 11, 2023<br>ITAs: 5,500<p>Inner paragraph</p>tail text</div><ul><li>one</li><li>two</li></ul>',
    );
    const texts = indexTextBlocks(root, document).map((block) => block.text);
    expect(texts).toEqual([
      'Date: January 11, 2023\nITAs: 5,500\ntail text',
      'Inner paragraph',
      'one',
      'two',
    ]);
  });

  it('reads a table row as one block with its cells, header cells marked', () => {
    const root = parse(
      '<table><thead><tr><th>Date</th><th>ITAs</th></tr></thead>' +
        '<tbody><tr><td>January <b>11</b>, 2023</td><td>5,500</td></tr></tbody></table>',
    );
    const [header, row] = indexTextBlocks(root, document);
    expect(header?.cells?.every((cell) => cell.header)).toBe(true);
    expect(row?.text).toBe('January 11, 2023\t5,500');
    expect(row?.table).toBe(root.querySelector('table'));
    const cells = row?.cells ?? [];
    expect(cells.map((cell) => row?.text.slice(cell.start, cell.end))).toEqual(['January 11, 2023', '5,500']);
    expect(cells.some((cell) => cell.header)).toBe(false);
  });

  it('maps offsets around a separator to the text on the requested side', () => {
    const root = parse('<p>first<br>second</p>');
    const [block] = indexTextBlocks(root, document);
    if (block === undefined) throw new Error('no block');
    expect(block.text).toBe('first\nsecond');
    // Offset 6 starts "second": "after" something ending there means after "first"'s end.
    const after = positionAt(block, 6);
    expect([after?.node.data, after?.offset]).toEqual(['first', 5]);
    const before = positionAt(block, 5, 'before');
    expect([before?.node.data, before?.offset]).toEqual(['second', 0]);
    const inside = positionAt(block, 8);
    expect([inside?.node.data, inside?.offset]).toEqual(['second', 2]);
  });

  it('reads each text node once on a large page', () => {
    const paragraphs = Array.from({ length: 2000 }, (_, index) => `<p>Para <em>${index}</em> text</p>`).join(
      '',
    );
    const root = parse(`<div>${paragraphs}</div>`);
    const blocks = indexTextBlocks(root, document);
    expect(blocks).toHaveLength(2000);
    expect(blocks[1999]?.text).toBe('Para 1999 text');
    expect(blocks.reduce((sum, block) => sum + block.segments.length, 0)).toBe(6000);
  });

  it('walks 200,000 nested elements and 130,000 siblings without recursion or spread, and resumes', () => {
    // happy-dom takes minutes to build trees this size: a minimal tree of the DOM's shape stands in
    // (the walker reads nodeType, tagName, attributes, childNodes and data, as on a real page).
    const text = (data: string) => ({ nodeType: 3, data });
    const element = (tagName: string, childNodes: unknown[]) => ({
      nodeType: 1,
      localName: tagName.toLowerCase(),
      childNodes,
      hasAttribute: () => false,
      getAttribute: () => null,
      closest: () => null,
    });
    let deep = element('P', [text('Express Entry draw #238')]);
    for (let depth = 0; depth < 200_000; depth++) deep = element('SPAN', [deep]);
    const siblings: unknown[] = Array.from({ length: 130_000 }, () => element('I', []));
    siblings.push(text('draw #239'));
    const root = element('ARTICLE', [deep, element('DIV', siblings)]) as unknown as Element;

    const blocks: TextBlock[] = [];
    const walker = new BlockWalker(root);
    let slices = 0;
    let checks = 0;
    // Stop at every other check: the walk resumes where it stopped.
    while (
      !walker.walk(
        (block) => blocks.push(block),
        () => ++checks % 2 === 0,
      )
    )
      slices += 1;
    expect(slices).toBeGreaterThan(1000);
    expect(walker.visited).toBeGreaterThan(330_000);
    expect(blocks.map((block) => block.text).sort()).toEqual(['Express Entry draw #238', 'draw #239']);
  });
});
