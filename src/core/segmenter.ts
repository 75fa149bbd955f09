/**
 * What the core needs from a word segmenter. The core never imports one: the CLI passes the
 * wordcut adapter in, tests may pass any implementation.
 */
export interface Segmenter {
  /**
   * Splits a run of Thai letters (no digits, spaces or punctuation) into words. Returns the
   * end offset of each word within `run`, in order; the last one is `run.length`.
   */
  wordEnds(run: string): number[];
}
