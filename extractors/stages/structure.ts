// Stage "structure" (EXTRACTION.md stages 1-2): the layout adapters read markdown or plain
// text into lossless blocks, and the outline nests them into header/body nodes. Decides
// layout only: no domain words.
import { structureDocument } from '../structure.ts';
import type { Stage } from '../stage-list.ts';
import type { DocumentModel, SectionNode, SourceDocument, TextRange } from '../types.ts';

/** What the structure stage adds: the document tree, the text the stages read, the title. */
export interface Structured {
  model: DocumentModel;
  /** model.text: the normalised text with markdown markup blanked, offsets kept. */
  text: string;
  /** The heading of the first titled section, read as the document's title. */
  title: TextRange | null;
}

export const structureStage: Stage<{ source: SourceDocument }, Structured> = {
  name: 'structure',
  does: 'layout adapters -> lossless blocks -> outline of header/body nodes (nesting bounded, cuts reported as diagnostics)',
  modules: [
    'stages/structure.ts',
    'structure.ts',
    'structure-markdown.ts',
    'html-text.ts',
    'markdown-segments.ts',
    'nesting-limit.ts',
    'structure-text.ts',
    'simple-tables.ts',
    'field-bullets.ts',
    'inline-enumeration.ts',
    'numbering.ts',
    'outline.ts',
  ],
  run: ({ source }) => {
    const model = structureDocument(source);
    const title =
      model.root.children.find((c): c is SectionNode => c.kind === 'section' && c.heading !== null)?.heading ?? null;
    return { model, text: model.text, title };
  },
};
