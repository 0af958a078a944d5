/**
 * The HTML view's inline style and script. Both are constants: no document data ever goes
 * into them, so text can only reach the page through escapeHtml.
 */

export const STYLE = `
:root { --per: #cfe2ff; --per-edge: #3d6fd8; --org: #ffe0b8; --org-edge: #d9822b; --loc: #d3f2d7; --loc-edge: #2f9e44;
  --quote: #fff6c7; --quote-edge: #c9a400; --hl: #ff4d8d; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; color: #1d2330; background: #f6f7f9; }
header { padding: 12px 24px; background: #1d2330; color: #fff; }
header h1 { margin: 0; font-size: 18px; font-weight: 600; }
header p { margin: 2px 0 0; font-size: 13px; opacity: .75; }
.layout { display: grid; grid-template-columns: minmax(0, 1fr) 340px; gap: 20px; padding: 20px 24px; align-items: start; }
#text { white-space: pre-wrap; overflow-wrap: anywhere; background: #fff; padding: 20px 24px; border-radius: 8px;
  box-shadow: 0 1px 3px rgba(0,0,0,.08); line-height: 2; }
aside { position: sticky; top: 12px; max-height: calc(100vh - 24px); overflow: auto; font-size: 14px; }
aside section { background: #fff; border-radius: 8px; box-shadow: 0 1px 3px rgba(0,0,0,.08); padding: 10px 14px; margin-bottom: 12px; }
aside h2 { font-size: 13px; text-transform: uppercase; letter-spacing: .05em; color: #5b6475; margin: 4px 0 8px; }
aside h3 { font-size: 13px; margin: 8px 0 4px; }
aside ul { list-style: none; margin: 0; padding: 0; }
aside li { margin: 2px 0; }
mark.ent { color: inherit; border-radius: 3px; padding: 1px 2px; border-bottom: 2px solid; cursor: help; }
mark.ent.hl, mark.ref.hl { outline: 3px solid var(--hl); outline-offset: 1px; }
mark.ref { color: inherit; background: none; border-bottom: 2px dotted var(--per-edge); cursor: help; }
.swatch.ref { background: none; border: none; border-radius: 0; border-bottom: 2px dotted var(--per-edge); }
.quote { background: var(--quote); box-shadow: inset 0 -2px 0 var(--quote-edge); border-radius: 3px; }
.quote::before { content: attr(data-speaker); font-size: 11px; line-height: 1; font-weight: 600; color: #fff; background: var(--quote-edge);
  border-radius: 3px; padding: 2px 5px; margin-right: 4px; vertical-align: 2px; white-space: nowrap; }
.quote.indirect { background: #fffbe6; }
.swatch { display: inline-block; width: 12px; height: 12px; border-radius: 3px; border: 2px solid; vertical-align: -1px; margin-right: 6px; }
.swatch.q { background: var(--quote); border-color: var(--quote-edge); }
/* After the border shorthands above, and as specific, so the type's colours win. */
mark.ent.PER, .swatch.PER { background: var(--per); border-color: var(--per-edge); }
mark.ent.ORG, .swatch.ORG { background: var(--org); border-color: var(--org-edge); }
mark.ent.LOC, .swatch.LOC { background: var(--loc); border-color: var(--loc-edge); }
/* The type after each name, as displaCy shows it: generated content, so the text stays the text. */
mark.ent::after { font-size: 10px; font-weight: 700; line-height: 1; letter-spacing: .03em; color: #fff; border-radius: 2px;
  padding: 1px 3px; margin-left: 4px; vertical-align: 1px; }
mark.ent.PER::after { content: "PER"; background: var(--per-edge); }
mark.ent.ORG::after { content: "ORG"; background: var(--org-edge); }
mark.ent.LOC::after { content: "LOC"; background: var(--loc-edge); }
.legend { display: flex; flex-wrap: wrap; gap: 4px 14px; }
button.ent-item { font: inherit; display: flex; width: 100%; align-items: center; gap: 0; text-align: left; border: 1px solid transparent;
  background: none; border-radius: 4px; padding: 2px 4px; cursor: pointer; color: inherit; }
button.ent-item:hover { background: #eef1f6; }
button.ent-item.active { border-color: var(--hl); background: #fff0f5; }
button.ent-item .name { flex: 1; }
.count, .kind { color: #5b6475; font-size: 12px; margin-left: 6px; }
.quotes li { border-left: 3px solid var(--quote-edge); padding-left: 8px; margin: 6px 0; }
.quotes a { color: inherit; text-decoration: none; }
.quotes a:hover { text-decoration: underline; }
.empty { color: #5b6475; font-style: italic; }
@media (max-width: 800px) { .layout { grid-template-columns: 1fr; } aside { position: static; max-height: none; } }
`;

/** Clicking an entity in the side list toggles the highlight on exactly its mentions and pronouns. */
export const SCRIPT = `
(() => {
  const marks = Array.from(document.querySelectorAll('#text mark.ent, #text mark.ref'));
  const buttons = Array.from(document.querySelectorAll('aside button[data-entity]'));
  let current = null;
  for (const button of buttons) {
    button.addEventListener('click', () => {
      current = current === button.dataset.entity ? null : button.dataset.entity;
      let first = null;
      for (const mark of marks) {
        const on = mark.dataset.entity === current;
        mark.classList.toggle('hl', on);
        if (on && !first) first = mark;
      }
      for (const other of buttons) {
        const on = other.dataset.entity === current;
        other.classList.toggle('active', on);
        other.setAttribute('aria-pressed', String(on));
      }
      if (first) first.scrollIntoView({ block: 'nearest' });
    });
  }
})();
`;
