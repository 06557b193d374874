// A 128-bit fingerprint of a text, to tell texts apart without keeping them: four 32-bit lanes of
// multiply-xor mixing over the UTF-16 code units (bryc's cyrb128, public domain). Not cryptographic: it only has to
// make two different articles of a corpus of millions collide with negligible odds (about n²/2¹²⁹).
export function textHash(text: string): string {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  // Lane by lane, not through an array: the lanes are Smis or heap numbers by value, so an array of them changes
  // its elements' kind from one text to the next, and the optimised code deoptimised at nearly every call.
  return hex(h1) + hex(h2) + hex(h3) + hex(h4);
}

const hex = (lane: number) => (lane >>> 0).toString(16).padStart(8, '0');
