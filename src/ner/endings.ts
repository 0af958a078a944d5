/**
 * A word that ends in one of `suffixes` followed by one of `endings` (or by none, when the
 * ending is optional): morphology written as two word classes (dict/words), not as a regex.
 */
export function endingPattern(suffixes: readonly string[], endings: readonly string[], optional = false): RegExp {
  return new RegExp(`(?:${suffixes.join('|')})${endings.length ? `(?:${endings.join('|')})${optional ? '?' : ''}` : ''}$`);
}
