import type { DrawClaim, FindContext } from '@/lib/annotate/finding/claim';
import { findClaimsInText } from '@/lib/annotate/finding/mentions';
import { findClaimsInTable, type TableRow } from '@/lib/annotate/finding/rows';
import type { TextBlock } from '@/lib/annotate/page/text-index';

/** A claim and the block whose text its offsets refer to. */
export interface BlockClaim {
  block: TextBlock;
  claim: DrawClaim;
}

function tableRowOf(block: TextBlock): TableRow {
  return {
    cells: (block.cells ?? []).map((cell) => ({
      text: block.text.slice(cell.start, cell.end),
      start: cell.start,
      header: cell.header,
    })),
  };
}

/**
 * Claims of every block, in document order. Table rows are read as a table (by column) first; a row
 * that is not part of a draws table is read as prose, like any other block.
 */
export function findClaimsInBlocks(blocks: readonly TextBlock[], context: FindContext = {}): BlockClaim[] {
  const rowsByTable = new Map<Element, TextBlock[]>();
  for (const block of blocks) {
    if (block.table === null) continue;
    const rows = rowsByTable.get(block.table);
    if (rows === undefined) rowsByTable.set(block.table, [block]);
    else rows.push(block);
  }
  const tableClaims = new Map<TextBlock, DrawClaim>();
  for (const rows of rowsByTable.values()) {
    const claims = findClaimsInTable(rows.map(tableRowOf), context);
    for (const [index, claim] of claims) {
      const row = rows[index];
      if (row !== undefined) tableClaims.set(row, claim);
    }
  }

  const found: BlockClaim[] = [];
  for (const block of blocks) {
    const tableClaim = tableClaims.get(block);
    if (tableClaim !== undefined) {
      found.push({ block, claim: tableClaim });
      continue;
    }
    for (const claim of findClaimsInText(block.text, context)) found.push({ block, claim });
  }
  return found;
}
