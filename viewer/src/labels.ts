/**
 * Labels that never collide. Sigma's label grid keeps a few labels per cell but lets neighbouring
 * cells' labels overlap; before each frame this pass places the biggest nodes' labels first and
 * keeps one only when its box meets no box kept before, and the draw function draws those alone.
 */
export interface LabelBox {
  node: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LabelCandidate {
  node: string;
  /** The node's centre and radius in viewport pixels. */
  x: number;
  y: number;
  size: number;
  /** The label's text width in pixels. */
  width: number;
}

/** Space kept clear around each label, in pixels. */
const GAP = 2;

/** The box sigma's disc label takes: text from the node's right edge + 3 px, baseline a third of the font size below the centre. */
export function labelBox(c: LabelCandidate, fontSize: number): LabelBox {
  const baseline = c.y + fontSize / 3;
  return { node: c.node, x: c.x + c.size + 3, y: baseline - fontSize, width: c.width, height: fontSize * 1.25 };
}

export function overlap(a: LabelBox, b: LabelBox, gap = 0): boolean {
  return a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;
}

/**
 * The labels to draw, biggest node first, each clear of those kept before; only those on screen
 * count, and `budget` bounds the work on a graph of tens of thousands of nodes.
 */
export function placeLabels(candidates: LabelCandidate[], fontSize: number, view: { width: number; height: number }, budget = 3000): Set<string> {
  const kept: LabelBox[] = [];
  const placed = new Set<string>();
  const ordered = [...candidates].sort((a, b) => b.size - a.size || (a.node < b.node ? -1 : 1));
  let looked = 0;
  for (const c of ordered) {
    const box = labelBox(c, fontSize);
    if (box.x > view.width || box.x + box.width < 0 || box.y > view.height || box.y + box.height < 0) continue;
    if (++looked > budget) break;
    if (kept.some((k) => overlap(k, box, GAP))) continue;
    kept.push(box);
    placed.add(c.node);
  }
  return placed;
}
