import type { BioesLabels } from './bioes';

/** Transition scores laid out as (L+1)×L: row a<L is "from a", row L is "from the start". */
export type Transitions = Float32Array | Float64Array;

/** Allowed-transition masks in the same layout, plus which labels may end a sequence. */
export interface TransitionMask {
  allowed: Uint8Array;
  canEnd: Uint8Array;
  /** Labels that may precede label b: predecessors[predecessorStart[b] .. predecessorStart[b+1]). */
  predecessors: Uint8Array;
  predecessorStart: Int32Array;
}

export function transitionMask(labels: BioesLabels): TransitionMask {
  const L = labels.size;
  const allowed = new Uint8Array((L + 1) * L);
  const canEnd = new Uint8Array(L);
  for (let b = 0; b < L; b++) {
    for (let a = 0; a < L; a++) allowed[a * L + b] = labels.allowed(a, b) ? 1 : 0;
    allowed[L * L + b] = labels.allowed(-1, b) ? 1 : 0;
    canEnd[b] = labels.allowed(b, -1) ? 1 : 0;
  }
  const from: number[] = [];
  const predecessorStart = new Int32Array(L + 1);
  for (let b = 0; b < L; b++) {
    for (let a = 0; a < L; a++) if (allowed[a * L + b]) from.push(a);
    predecessorStart[b + 1] = from.length;
  }
  return { allowed, canEnd, predecessors: Uint8Array.from(from), predecessorStart };
}

/** Scratch arrays a caller may keep between calls; Viterbi grows them as needed. */
export interface ViterbiWorkspace {
  score: Float64Array;
  back: Uint8Array;
}

/** Best label sequence for emissions (n×L) under the transitions, never breaking the mask. */
export function viterbi(emissions: Float64Array, n: number, L: number, trans: Transitions, mask: TransitionMask, workspace?: ViterbiWorkspace): Uint8Array {
  const out = new Uint8Array(n);
  if (n === 0) return out;
  if (workspace && workspace.score.length < n * L) {
    workspace.score = new Float64Array(Math.max(n * L, 2 * workspace.score.length));
    workspace.back = new Uint8Array(workspace.score.length);
  }
  const score = workspace ? workspace.score : new Float64Array(n * L);
  const back = workspace ? workspace.back : new Uint8Array(n * L);
  for (let b = 0; b < L; b++) {
    score[b] = mask.allowed[L * L + b] ? emissions[b] + trans[L * L + b] : -Infinity;
  }
  const { predecessors, predecessorStart } = mask;
  // Each allowed transition's score beside its predecessor, read in the order the loop reads them:
  // one array in step instead of a strided one (the same values, so the same sums).
  const into = new Float64Array(predecessors.length);
  for (let b = 0; b < L; b++) for (let j = predecessorStart[b]; j < predecessorStart[b + 1]; j++) into[j] = trans[predecessors[j] * L + b];
  for (let i = 1; i < n; i++) {
    const prev = (i - 1) * L;
    const row = i * L;
    for (let b = 0; b < L; b++) {
      let best = -Infinity;
      let arg = 0;
      for (let j = predecessorStart[b], stop = predecessorStart[b + 1]; j < stop; j++) {
        const a = predecessors[j];
        const s = score[prev + a] + into[j];
        if (s > best) {
          best = s;
          arg = a;
        }
      }
      score[row + b] = best + emissions[row + b];
      back[row + b] = arg;
    }
  }
  let best = -Infinity;
  let arg = 0;
  const last = (n - 1) * L;
  for (let b = 0; b < L; b++) {
    if (mask.canEnd[b] && score[last + b] > best) {
      best = score[last + b];
      arg = b;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    out[i] = arg;
    arg = back[i * L + arg];
  }
  return out;
}
