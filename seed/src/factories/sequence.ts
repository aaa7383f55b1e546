let sequence = 0;

/** A number unique within the process, so factory data never collides on unique fields. */
export function nextSequence(): number {
  sequence += 1;
  return sequence;
}
