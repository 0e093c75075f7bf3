// Stage "aliases": declared short forms become body mentions with their rule, and so does
// each later use of a short form on its own.
import { describe, expect, it } from 'vitest';
import { EXTRACTION } from '../../../../extractors/extract-document.ts';
import { aliasesStage } from '../../../../extractors/stages/aliases.ts';
import { sourceOf } from '../helpers.ts';

function aliasesOf(doc: string) {
  const input = EXTRACTION.stateBefore(aliasesStage, { source: sourceOf(doc) });
  const out = aliasesStage.run(input);
  return { ...out, bodyNames: out.bodies.map((b) => [input.text.slice(b.range.start, b.range.end), b.extractor]) };
}

describe('aliases stage', () => {
  it('pairs a bracketed acronym with its body and finds its later uses', () => {
    const { aliasPairs, bodyNames } = aliasesOf(
      'The Inland Waterways Agency (IWA) keeps the canals open. IWA also licenses boats.\n',
    );
    expect(aliasPairs.map((p) => [p.name, p.alias, p.extractor])).toEqual([
      ['Inland Waterways Agency', 'IWA', 'aliases:brackets'],
    ]);
    expect(bodyNames).toEqual([
      ['Inland Waterways Agency', 'agencies:head-word'],
      ['IWA', 'aliases:brackets'],
      ['IWA', 'aliases:occurrence'],
    ]);
  });

  it('reads a "hereinafter" name and a quoted short name', () => {
    const { aliasPairs } = aliasesOf(
      'The Ministry of Rivers (hereinafter referred to as MOR) sets policy. The National Parks Service (the "Parks Service") manages parks.\n',
    );
    expect(aliasPairs.map((p) => [p.name, p.alias, p.extractor])).toEqual([
      ['Ministry of Rivers', 'MOR', 'aliases:hereinafter'],
      ['National Parks Service', 'Parks Service', 'aliases:quoted-short-name'],
    ]);
  });

  it('adds nothing for a document that declares no short form', () => {
    const { aliasPairs, bodies } = aliasesOf('The Harbour Board licenses pilots.\n');
    expect(aliasPairs).toEqual([]);
    expect(bodies.map((b) => b.extractor)).toEqual(['agencies:head-word']);
  });
});
