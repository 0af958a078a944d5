import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as fromSource from '../src/index.js';

// The public API, pinned: a change here is a change for every user (and for the CHANGELOG).
const root = join(import.meta.dirname, '..');

const VALUES = [
  'FORMAT_NAMES', 'GazetaError', 'LABEL_STUDIO_CONFIG', 'OFFSET_FORMATS', 'annotate', 'annotateAll', 'bioToSpans', 'convertOffsets',
  'createAnnotateStream', 'createAnnotator', 'formatBrat', 'formatConll', 'formatEntities', 'formatHtml', 'formatInline',
  'formatLabelStudio', 'formatSpacy', 'formatText', 'offsetConverter', 'parseBrat', 'parseConll', 'render', 'renderFiles', 'segment',
  'splitSentences', 'toEntityRecord', 'toJsonRecord', 'toLabelStudioTask', 'toSpacyRecord', 'tokenize', 'version',
];

const TYPES = [
  'AnnotateAllOptions', 'AnnotateOptions', 'AnnotatedText', 'Annotator', 'AnnotatorOptions', 'BratAnnotations', 'ConllSentences',
  'DictEntry', 'Document', 'Entity', 'EntityId', 'EntityRecord', 'EntityType', 'FormatName', 'GazetaErrorCode', 'JsonRecord',
  'LabelStudioResult', 'LabelStudioTask', 'Mention', 'OffsetOptions', 'OffsetUnit', 'Quote', 'QuoteKind', 'Reference', 'RenderOptions',
  'Renderer', 'Segmentation', 'Sentence', 'SpacyRecord', 'Span', 'TextInput', 'Token', 'TokenKind', 'TokenSpan', 'UserEntry', 'UserPattern',
  'Warning',
];

/** The names a built declaration file exports, and the names it declares at all. */
function declarations(file: string) {
  const dts = readFileSync(join(root, 'dist', file), 'utf8');
  const list = /^export \{([^}]*)\};?$/m.exec(dts)![1]!.split(',').map((name) => name.trim());
  return {
    values: list.filter((n) => !n.startsWith('type ')).sort(),
    types: list.filter((n) => n.startsWith('type ')).map((n) => n.slice(5)).sort(),
    declared: [...dts.matchAll(/^(?:declare )?(?:interface|type|class|function|const) ([\w$]+)/gm)].map((m) => m[1]!),
  };
}

describe('public exports', () => {
  it('the sources, the ESM build and the CJS build export exactly these values', async () => {
    expect(Object.keys(fromSource).sort()).toEqual(VALUES);
    expect(Object.keys(await import(join(root, 'dist', 'index.js'))).sort()).toEqual(VALUES);
    expect(Object.keys(createRequire(import.meta.url)(join(root, 'dist', 'index.cjs'))).sort()).toEqual(VALUES);
  });

  it('the type declarations export these types, and every type a public signature names', () => {
    for (const file of ['index.d.ts', 'index.d.cts']) {
      const { values, types, declared } = declarations(file);
      expect(values).toEqual(VALUES);
      expect(types).toEqual(TYPES);
      // A type declared in the file but not exported is one users meet in a signature and cannot name.
      expect(declared.filter((name) => !values.includes(name) && !types.includes(name))).toEqual([]);
    }
  });

  it('the browser entry exports the same, less what needs Node (annotate, files, streams), plus loadAnnotator', () => {
    const { values, types, declared } = declarations('browser.d.ts');
    const nodeOnly = ['annotate', 'annotateAll', 'createAnnotateStream', 'createAnnotator'];
    expect(values).toEqual([...VALUES.filter((v) => !nodeOnly.includes(v)), 'azDictionaryFiles', 'loadAnnotator'].sort());
    expect(types).toEqual([...TYPES.filter((t) => !['AnnotateAllOptions', 'AnnotatedText', 'TextInput'].includes(t)), 'LoadAnnotatorOptions'].sort());
    expect(declared.filter((name) => !values.includes(name) && !types.includes(name))).toEqual([]);
  });
});
