/**
 * A copy of the string that holds only its own characters. A token's text is a slice of its
 * document, and V8 keeps a slice of 13 characters or more as a pointer into the whole text
 * (and a concatenation as a pointer to its parts): a per-annotator cache keyed by such a word,
 * or holding a value sliced from it, kept every document that brought a new long word alive for
 * as long as the cache lived, some 100 000 documents of a stream. Called on a cache miss only,
 * so the copy costs nothing beside the analysis it is stored with.
 */
export function ownString(word: string): string {
  // Concatenating makes a new string; slicing it flattens that into fresh storage (the slice
  // then points into the copy, one character longer than the word, not into the document).
  return word.length < SLICE_MIN ? word : (' ' + word).slice(1);
}

/** V8 copies shorter slices outright (SlicedString::kMinLength). */
const SLICE_MIN = 13;
