/** The reference the fast Jaro-Winkler of core/names is compared with, value for value (toBe). */
/** Jaro-Winkler as first written (charAt, fresh flags per call): the rule the fast one must keep. */
export function jaroWinklerPlain(a: string, b: string): number {
  if (a === b) return 1;
  const la = a.length;
  const lb = b.length;
  if (la === 0 || lb === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(la, lb) / 2) - 1);
  const matchedB = new Array<boolean>(lb).fill(false);
  const matchedA = new Array<boolean>(la).fill(false);
  let matches = 0;
  for (let i = 0; i < la; i++) {
    for (let j = Math.max(0, i - window); j <= Math.min(lb - 1, i + window); j++) {
      if (!matchedB[j] && a.charAt(i) === b.charAt(j)) {
        matchedA[i] = matchedB[j] = true;
        matches++;
        break;
      }
    }
  }
  if (matches === 0) return 0;
  let t = 0;
  let j = 0;
  for (let i = 0; i < la; i++) {
    if (!matchedA[i]) continue;
    while (!matchedB[j]) j++;
    if (a.charAt(i) !== b.charAt(j)) t++;
    j++;
  }
  const jaro = (matches / la + matches / lb + (matches - t / 2) / matches) / 3;
  let prefix = 0;
  while (prefix < 4 && prefix < la && prefix < lb && a.charAt(prefix) === b.charAt(prefix)) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}
