// Both halves of a build allocate a great deal of short-lived memory per document or page: contentlayer2's
// effect runtime wraps every step, and React renders each static page into fresh trees and streams. With
// V8's default young generation (16 MB semi-spaces) a 10,000-entry build spends a fifth of its time
// collecting garbage; 128 MB semi-spaces cost at most a few hundred MB more per process.
export const LARGER_YOUNG_GENERATION = '--max-semi-space-size=128'
