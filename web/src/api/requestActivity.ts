/** Counts requests in flight so the progress bar can show that something is loading. */
type Listener = (inFlight: number) => void;

let inFlight = 0;
const listeners = new Set<Listener>();

function emit(): void {
  for (const l of listeners) l(inFlight);
}

export function requestStarted(): void {
  inFlight += 1;
  emit();
}

export function requestEnded(): void {
  inFlight = Math.max(0, inFlight - 1);
  emit();
}

export function subscribeToActivity(listener: Listener): () => void {
  listeners.add(listener);
  listener(inFlight);
  return () => listeners.delete(listener);
}
