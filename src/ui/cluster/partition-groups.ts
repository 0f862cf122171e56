// What the cut links say about the network: the groups of a partition (nodes that still reach
// each other both ways; every link between two groups is cut both ways) and the one-way cuts
// (a link cut in one direction only). Pure, from the snapshot's cut matrix.

export interface NetworkShape {
  /** The partition's groups (node ids, ascending; groups by their smallest id), or null when the network is not split into groups. */
  groups: number[][] | null;
  /** Directed links cut while the reverse direction is open. */
  oneWay: { from: number; to: number }[];
}

export function networkShape(cut: readonly boolean[], nodes: number): NetworkShape {
  const isCut = (from: number, to: number) => cut[(from - 1) * nodes + (to - 1)] === true;
  const oneWay: { from: number; to: number }[] = [];
  for (let from = 1; from <= nodes; from++) {
    for (let to = 1; to <= nodes; to++) if (from !== to && isCut(from, to) && !isCut(to, from)) oneWay.push({ from, to });
  }
  // Components of the "open both ways" graph.
  const group = new Array<number>(nodes + 1).fill(0);
  let count = 0;
  for (let start = 1; start <= nodes; start++) {
    if (group[start] !== 0) continue;
    group[start] = ++count;
    const stack = [start];
    while (stack.length > 0) {
      const a = stack.pop()!;
      for (let b = 1; b <= nodes; b++) {
        if (b !== a && group[b] === 0 && !isCut(a, b) && !isCut(b, a)) {
          group[b] = count;
          stack.push(b);
        }
      }
    }
  }
  if (count < 2) return { groups: null, oneWay };
  // A partition: every link between different groups is cut both ways, and each group is whole inside.
  for (let a = 1; a <= nodes; a++) {
    for (let b = 1; b <= nodes; b++) {
      if (a === b) continue;
      if (group[a] !== group[b] ? !isCut(a, b) : isCut(a, b)) return { groups: null, oneWay };
    }
  }
  const groups: number[][] = Array.from({ length: count }, () => []);
  for (let id = 1; id <= nodes; id++) groups[group[id] - 1].push(id);
  return { groups, oneWay };
}
