// A function section written as prose (GUIDELINES Responsibilities: "a unit whose duties are
// one unnumbered paragraph has that paragraph as one responsibility"): a heading that is only
// a function word ("Functions", "Role", "What we do") over one paragraph and nothing else.
// The paragraph is the remit when it opens with a verb or with a body as its subject; the
// caller decides whose remit it is.
import { FUNCTION_CONTEXT } from './function-context.ts';
import { collapseSpace } from './spans.ts';
import type { ParagraphNode, SectionNode } from './types.ts';
import { allSections, sectionPath } from './walk.ts';

// The heading names the section's kind and nothing else ("Main functions", "Roles and
// responsibilities"); a heading that names a topic too ("Functions of the Library Service")
// says more than this reading needs, so it is left to the other readings.
const FUNCTION_WORD_HEADING =
  /^(?:(?:main|key|core|general|principal|our|its)\s+)?(?:functions?|responsibilit(?:y|ies)|duties|tasks|mandate|remit|roles?|powers|what\s+(?:we|it|they)\s+do(?:es)?)(?:\s+(?:and|&)\s+(?:functions?|responsibilit(?:y|ies)|duties|tasks|powers|mandate))?$/i;
const MIN_WORDS = 6;

/** A function section's one paragraph and the sections around it, outermost first. */
export interface RemitParagraph {
  paragraph: ParagraphNode;
  sections: SectionNode[];
}

/** The paragraphs that are the whole of a function section. */
export function findRemitParagraphs(text: string, root: SectionNode): RemitParagraph[] {
  const out: RemitParagraph[] = [];
  for (const section of allSections(root, text)) {
    if (!section.heading) continue;
    const heading = collapseSpace(text.slice(section.heading.start, section.heading.end)).replace(/[:：.]\s*$/, '');
    if (!FUNCTION_WORD_HEADING.test(heading) || !FUNCTION_CONTEXT.test(heading)) continue;
    if (section.children.length !== 1 || section.children[0]?.kind !== 'paragraph') continue;
    const paragraph = section.children[0];
    const body = collapseSpace(text.slice(paragraph.range.start, paragraph.range.end));
    // A lead-in whose list the structure did not find is no remit.
    if (/[:：—–-]$/.test(body) || body.split(' ').length < MIN_WORDS) continue;
    out.push({ paragraph, sections: sectionPath(root, section) });
  }
  return out;
}
