/**
 * A build-time patch of Az.js 0.2.3 (npm `az`, MIT), applied where Az is bundled: the Node and
 * browser builds (tsup.config.ts) and the tests (vitest.config.ts).
 *
 * Az builds and deep-freezes all 4 880 tags of its grammar (and a Russian-named copy of each)
 * when its dictionaries load: half of gazeta's load time, for tags of which one document uses
 * a few hundred. Patched, a tag is built and frozen the first time a parse asks for it; the
 * tags and everything Az returns are the same. Az's `require('fs')` goes too: gazeta hands Az
 * the dictionaries' contents (src/morph/az-core.ts) and an ESM bundle has no `require`.
 *
 * Az's suffix guesser (every word not in its dictionary, and every name read lower-cased) looked
 * up the same few thousand endings again for each word and built a parse for every form an ending
 * allows before dropping most of them: about a third of a first pass over new text. Patched, each
 * ending is looked up once, the tag's two tests are kept per tag, and a parse is built only for a
 * form that is kept; the parses are the same, in the same order.
 *
 * Every edit must find its text exactly once, or the build fails: a new Az version is a
 * reason to read this again, not to ship it unpatched.
 */

interface Edit {
  why: string;
  find: string;
  replace: string;
}

const EDITS: Edit[] = [
  {
    why: 'Az reads no file itself: gazeta replaces Az.load while Az initialises',
    find: "    var fs = require('fs');",
    replace: '    var fs = null;',
  },
  {
    why: 'keep the tag strings; build no tag yet',
    find: [
      '        tags = Array(tagsInt.length);',
      '        for (var i = 0; i < tagsInt.length; i++) {',
      '          tags[i] = new Tag(tagsInt[i]);',
      '          tags[i].ext = new Tag(tagsExt[i]);',
      '        }',
      '        tags = deepFreeze(tags);',
    ].join('\n'),
    replace: [
      '        tags = Array(tagsInt.length);',
      '        tagSources = [tagsInt, tagsExt];',
    ].join('\n'),
  },
  {
    why: 'a tag is built, as Az built it, when first asked for',
    find: '  var DictionaryParse = function(word, paradigmIdx, formIdx, stutterCnt, typosCnt, prefix, suffix) {',
    replace: [
      '  var tagSources;',
      '  function tagAt(index) {',
      '    var tag = tags[index];',
      '    if (!tag) {',
      '      tag = new Tag(tagSources[0][index]);',
      '      tag.ext = new Tag(tagSources[1][index]);',
      '      tags[index] = tag = deepFreeze(tag);',
      '    }',
      '    return tag;',
      '  }',
      '',
      '  var DictionaryParse = function(word, paradigmIdx, formIdx, stutterCnt, typosCnt, prefix, suffix) {',
    ].join('\n'),
  },
  {
    why: 'the parse of a known word',
    find: '    this.tag = tags[this.paradigm[this.formCnt + formIdx]];',
    replace: '    this.tag = tagAt(this.paradigm[this.formCnt + formIdx]);',
  },
  {
    why: 'inflection, which walks the forms of a paradigm',
    find: '      if (tags[this.paradigm[this.formCnt + formIdx]].matches(tag, grammemes)) {',
    replace: '      if (tagAt(this.paradigm[this.formCnt + formIdx]).matches(tag, grammemes)) {',
  },
  {
    why: 'what the suffix guesser needs of a tag, kept per tag, and its endings looked up once each',
    find: '  var tagSources;\n',
    replace: [
      '  var tagSources;',
      '  var tagFlags = null;',
      '  function formFlags(paradigmIdx, formIdx) {',
      '    var paradigm = paradigms[paradigmIdx];',
      '    var index = paradigm[paradigm.length / 3 + formIdx];',
      '    if (!tagFlags) tagFlags = new Uint8Array(tagSources[0].length);',
      '    var flags = tagFlags[index];',
      '    if (!flags) {',
      '      var tag = tagAt(index);',
      '      tagFlags[index] = flags = 1 | (tag.isProductive() ? 2 : 0) | (tag.isCapitalized() ? 4 : 0);',
      '    }',
      '    return flags;',
      '  }',
      '  var suffixCache = null, suffixCacheFor = null;',
      '  function suffixEntries(i, right, replacements, lowerOnly) {',
      '    if (replacements !== suffixCacheFor || suffixCache.size >= 50000) {',
      '      suffixCacheFor = replacements;',
      '      suffixCache = new Map();',
      '    }',
      "    var key = (lowerOnly ? 'l' : 'c') + i + ':' + right;",
      '    var entries = suffixCache.get(key);',
      '    if (entries === undefined) {',
      '      var found = predictionSuffixes[i].findAll(right, replacements, 0, 0);',
      '      entries = [];',
      '      for (var j = 0; j < found.length; j++) {',
      '        var kept = [];',
      '        for (var k = 0; k < found[j][1].length; k++) {',
      '          var stat = found[j][1][k];',
      '          var flags = formFlags(stat[1], stat[2]);',
      '          if ((flags & 2) && !(lowerOnly && (flags & 4))) kept.push(stat[0], stat[1], stat[2]);',
      '        }',
      '        if (kept.length > 0) entries.push(found[j][0], kept);',
      '      }',
      '      suffixCache.set(key, entries);',
      '    }',
      '    return entries;',
      '  }',
      '',
    ].join('\n'),
  },
  {
    why: 'the suffix guesser: its endings from the cache, with the forms it would drop already dropped (it only reads them)',
    find: '          var entries = predictionSuffixes[i].findAll(right, config.replacements, 0, 0);',
    replace: '          var entries = suffixEntries(i, right, config.replacements, !config.ignoreCase && !isCapitalized);',
  },
  {
    why: 'the suffix guesser: a parse is built only for a form it keeps, read from the flat lists the cache keeps',
    find: [
      '          for (var j = 0; j < entries.length; j++) {',
      '            var suffix = entries[j][0];',
      '            var stats = entries[j][1];',
      '',
      '            for (var k = 0; k < stats.length; k++) {',
      '              var parse = new DictionaryParse(',
      '                prefixes[i] + left + suffix,',
      '                stats[k][1],',
      '                stats[k][2]);',
      '              // Why there is even non-productive forms in suffix DAWGs?',
      '              if (!parse.tag.isProductive()) {',
      '                continue;',
      '              }',
      '              if (!config.ignoreCase && parse.tag.isCapitalized() && !isCapitalized) {',
      '                continue;',
      '              }',
      "              var key = parse.toString() + ':' + stats[k][1] + ':' + stats[k][2];",
      '              if (key in used) {',
      '                continue;',
      '              }',
      '              max = Math.max(max, stats[k][0]);',
      '              parse.score = stats[k][0] * coeffs[len];',
    ].join('\n'),
    replace: [
      '          for (var j = 0; j < entries.length; j += 2) {',
      '            var suffix = entries[j];',
      '            var stats = entries[j + 1];',
      '            var form = prefixes[i] + left + suffix;',
      '',
      '            for (var k = 0; k < stats.length; k += 3) {',
      "              var key = form + ':' + stats[k + 1] + ':' + stats[k + 2];",
      '              if (key in used) {',
      '                continue;',
      '              }',
      '              var parse = new DictionaryParse(form, stats[k + 1], stats[k + 2]);',
      '              max = Math.max(max, stats[k]);',
      '              parse.score = stats[k] * coeffs[len];',
    ].join('\n'),
  },
];

/** Az's source with the edits applied; throws when one does not fit this version of Az. */
export function patchAz(source: string): string {
  let patched = source;
  for (const edit of EDITS) {
    const at = patched.indexOf(edit.find);
    if (at < 0 || patched.indexOf(edit.find, at + 1) >= 0) {
      throw new Error(`az-patch: the text for "${edit.why}" is not in Az's source exactly once (a new version of az?)`);
    }
    patched = patched.slice(0, at) + edit.replace + patched.slice(at + edit.find.length);
  }
  // Any other reader of the table would now see holes: only tagAt may index it.
  const readers = patched.match(/\btags\[/g)?.length ?? 0;
  if (readers !== 2) throw new Error(`az-patch: Az indexes its tag table in ${readers - 2} place(s) this patch does not cover`);
  return patched;
}

/** The file the patch applies to, as a module path. */
export const AZ_SOURCE = /[\\/]node_modules[\\/]az[\\/]dist[\\/]az\.js$/;
