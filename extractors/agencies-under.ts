// "President X has approved the appointment of nine Chief Executive Officers for agencies under
// the Federal Ministry of Information and Culture" / "Mr A was appointed Executive Secretary,
// Nigerian Press Council; Mr B, Director General, National Gallery of Arts ...": a lead that
// says the appointments are to bodies under one body makes each body an appointee then heads
// (in the same section) subordinate to it.
import type { DocumentContext } from './document-context.ts';
import { allSections } from './walk.ts';

const AGENCIES_UNDER =
  /\b(?:agencies|parastatals|bodies|institutions|organi[sz]ations|entities)\s+(?:(?:that\s+|which\s+)?(?:fall|falling|are)\s+)?under\s+(?:the\s+(?:purview|supervision|aegis|control)\s+of\s+)?(?:the\s+)?$/i;
// How far before a body's name the lead's words may stand (characters).
const LEAD_REACH = 80;
// The lead is about appointments to those bodies' heads.
const APPOINTMENT_CUE =
  /\b(?:appoint\w*|nominat\w*|names?|named|chief executives?|CEOs?|heads?|directors?[- ]generals?|D-Gs)\b/i;
// A government or legislature is no body under a ministry.
const NEVER_UNDER = /\b(?:Government|Parliament|Presidency|Cabinet|Senate|Assembly)\b/;

/** SUBORDINATE_TO from an "agencies under X" lead to the bodies whose heads the section names. */
export function addAgenciesUnderLead(ctx: DocumentContext): void {
  const { text, graph, orgs, model } = ctx;
  const sections = allSections(model.root, text);
  for (const parent of orgs) {
    const before = text.slice(Math.max(0, parent.range.start - LEAD_REACH), parent.range.start);
    if (!AGENCIES_UNDER.test(before)) continue;
    const sentence = ctx.mentions.sentences.find((r) => r.start <= parent.range.start && r.end >= parent.range.end);
    if (!sentence || !APPOINTMENT_CUE.test(text.slice(sentence.start, sentence.end))) continue;
    // The lead's reach: up to the next heading.
    const reachEnd = Math.min(
      text.length,
      ...sections.flatMap((s) => (s.heading && s.heading.start > parent.range.end ? [s.heading.start] : [])),
    );
    const parentEntity = graph.entities.get(parent.key);
    if (!parentEntity) continue;
    for (const relation of [...graph.relations.values()]) {
      if (relation.type !== 'HOLDS_POSITION' || relation.to === parent.key) continue;
      const body = graph.entities.get(relation.to);
      if (body?.type !== 'Agency' || [...body.names.keys()].some((n) => NEVER_UNDER.test(n))) continue;
      const evidence = relation.evidence.find((e) => e.start > parent.range.end && e.end <= reachEnd);
      if (evidence)
        graph.addRelation('SUBORDINATE_TO', relation.to, parent.key, evidence, 'relations:agencies-under-lead');
    }
  }
}
