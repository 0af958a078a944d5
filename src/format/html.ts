import type { Document, Entity, EntityType, Quote } from '../types.js';
import { SCRIPT, STYLE } from './html-assets.js';
import { escapeHtml as esc } from './html-escape.js';
import { layoutPieces, type Piece } from './html-layout.js';

const TYPE_NAMES: Record<EntityType, string> = { PER: 'people', ORG: 'organisations', LOC: 'places' };
const TYPES = ['PER', 'ORG', 'LOC'] as const;
const MAX_QUOTE = 200;

/**
 * One self-contained page: the text with entities coloured by type and quotes labelled with
 * their speaker, a legend, entities with mention counts and quotes by speaker. Inline CSS and
 * JS only, and a Content-Security-Policy that forbids loading anything.
 */
export function formatHtml(doc: Document, id?: unknown): string {
  const entities = new Map(doc.entities.map((e) => [e.id, e]));
  const title = id !== undefined && id !== null ? `gazeta: ${String(id)}` : 'gazeta';
  const pieces = layoutPieces(doc);
  const stats = `${doc.entities.length} entities, ${doc.mentions.length} mentions, ${doc.quotes.length} quotes`;
  return `<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header><h1>${esc(title)}</h1><p>${stats}</p></header>
<div class="layout">
<main id="text">${renderPieces(pieces, doc, entities)}</main>
<aside>
${legend()}
${entityList(doc)}
${quoteList(doc, entities, pieces)}
</aside>
</div>
<script>${SCRIPT}</script>
</body>
</html>
`;
}

function renderPieces(pieces: readonly Piece[], doc: Document, entities: Map<string, Entity>): string {
  let out = '';
  for (const piece of pieces) {
    const text = esc(doc.text.slice(piece.start, piece.end));
    if (piece.kind === 'text') out += text;
    else if (piece.kind === 'mention') {
      const m = doc.mentions[piece.index]!;
      const name = entities.get(m.entity)?.name ?? m.text;
      out += `<mark class="ent ${typeClass(m.type)}" data-entity="${esc(m.entity)}" data-start="${m.start}" title="${esc(`${name} · ${m.entity} · ${m.type}`)}">${text}</mark>`;
    } else if (piece.kind === 'reference') {
      const entity = entities.get(piece.entity);
      out += `<mark class="ref ${typeClass(entity?.type ?? '')}" data-entity="${esc(piece.entity)}" data-start="${piece.start}" title="${esc(`→ ${entity?.name ?? piece.entity}`)}">${text}</mark>`;
    } else {
      const q = doc.quotes[piece.index]!;
      const speaker = speakerName(q, doc, entities);
      out += `<span class="quote ${esc(q.kind)}" id="q${piece.index}" data-speaker="${esc(speaker)}" title="${esc(`${q.kind} quote · ${speaker} · ${q.pattern}`)}">`
        + `${renderPieces(piece.children, doc, entities)}</span>`;
    }
  }
  return out;
}

function legend(): string {
  const items = TYPES.map((t) => `<span><span class="swatch ${t}"></span>${t} ${TYPE_NAMES[t]}</span>`);
  items.push('<span><span class="swatch ref"></span>pronoun that refers to a person</span>');
  items.push('<span><span class="swatch q"></span>quote, labelled with its speaker</span>');
  return `<section><h2>Legend</h2><div class="legend">${items.join('')}</div></section>`;
}

/** Entities by type, the most mentioned first; each a button that highlights its mentions. */
function entityList(doc: Document): string {
  let out = '';
  for (const type of TYPES) {
    const list = doc.entities.filter((e) => e.type === type).sort((a, b) => b.mentions.length - a.mentions.length);
    if (list.length === 0) continue;
    out += `<h3>${TYPE_NAMES[type]} (${list.length})</h3><ul>`;
    for (const e of list) {
      out += `<li><button type="button" class="ent-item" data-entity="${esc(e.id)}" aria-pressed="false" title="${esc(e.id)}">`
        + `<span class="swatch ${typeClass(e.type)}"></span><span class="name">${esc(e.name)}</span><span class="count">×${e.mentions.length}</span></button></li>`;
    }
    out += '</ul>';
  }
  return `<section class="entities"><h2>Entities</h2>${out || '<p class="empty">none found</p>'}</section>`;
}

/** Quotes grouped by speaker, in order of each speaker's first quote; each links to its highlight. */
function quoteList(doc: Document, entities: Map<string, Entity>, pieces: readonly Piece[]): string {
  const groups = new Map<string, { name: string; entity: string | null; quotes: number[] }>();
  doc.quotes.forEach((q, index) => {
    const key = q.speakerEntity ?? (q.speaker ? `span:${doc.text.slice(q.speaker.start, q.speaker.end)}` : '');
    const group = groups.get(key) ?? { name: speakerName(q, doc, entities), entity: q.speakerEntity, quotes: [] };
    group.quotes.push(index);
    groups.set(key, group);
  });
  const highlighted = new Set(pieces.flatMap((p) => (p.kind === 'quote' ? [p.index] : [])));
  let out = '';
  for (const group of groups.values()) {
    out += `<h3>${esc(group.name)} <span class="count">${group.quotes.length}</span></h3><ul>`;
    for (const index of group.quotes) {
      const q = doc.quotes[index]!;
      let content = doc.text.slice(q.content.start, q.content.end).replace(/\s+/g, ' ');
      if (content.length > MAX_QUOTE) content = `${content.slice(0, MAX_QUOTE - 1)}…`;
      const body = highlighted.has(index) ? `<a href="#q${index}">${esc(content)}</a>` : esc(content);
      out += `<li>${body}<span class="kind">${esc(q.kind)}</span></li>`;
    }
    out += '</ul>';
  }
  return `<section class="quotes"><h2>Quotes by speaker</h2>${out || '<p class="empty">none found</p>'}</section>`;
}

function speakerName(q: Quote, doc: Document, entities: Map<string, Entity>): string {
  const entity = q.speakerEntity ? entities.get(q.speakerEntity) : undefined;
  if (entity) return entity.name;
  return q.speaker ? doc.text.slice(q.speaker.start, q.speaker.end) : 'speaker unknown';
}

/** The type as a class name; anything else a Document might carry becomes no class at all. */
function typeClass(type: string): string {
  return (TYPES as readonly string[]).includes(type) ? type : '';
}
