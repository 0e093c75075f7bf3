// News and encyclopaedia prose names people right after their title, with no comma: the name
// ends where the capitalised run does ("by President Name through ..."), a portfolio may list
// its subjects with commas before the name ("Minister for the Economy, EU Funds and Lands
// Name"), and a copular sentence may go on after the name ("... is Name since 2017").
import { describe, expect, it } from 'vitest';
import { extract, namesOf, triplesOf } from './helpers.ts';

describe('a title straight before a name the tagger does not know', () => {
  it.each([
    ['by President Kwadwo Asantewaa through the recommendation of the Minister', 'Kwadwo Asantewaa'],
    ['was opened by Governor Tamunosa Ibekwe in the capital', 'Tamunosa Ibekwe'],
    ['The list was approved by Chairperson Nomvula Dlamuka.', 'Nomvula Dlamuka'],
  ])('"%s" names %s', (sentence, name) => {
    const x = extract(`Lakeland Revenue Authority\n\nThe Authority was created in 2021. It ${sentence}.\n`, 'news.txt');
    expect(namesOf(x, 'Person')).toEqual([name]);
  });

  it('a title before a plural portfolio names nobody ("by Minister Foreign Affairs through ...")', () => {
    const x = extract(
      'Lakeland Revenue Authority\n\nThe Authority was created by Minister Foreign Affairs through a decree.\n',
      'news.txt',
    );
    expect(namesOf(x, 'Person')).toEqual([]);
  });
});

describe('a portfolio whose subjects a comma parts, then the name', () => {
  it.each([
    ['Minister for the Economy, EU Funds and Lands Kwadwo Asantewaa thanked the board.', 'Kwadwo Asantewaa'],
    ['Minister of Trade, Industry and Tourism Nomvula Dlamuka opened the office.', 'Nomvula Dlamuka'],
  ])('"%s" names %s', (sentence, name) => {
    const x = extract(`Lakeland Gaming Authority\n\n${sentence}\n`, 'news.txt');
    expect(namesOf(x, 'Person')).toEqual([name]);
  });
});

describe('a post that "is" a name, then "since"', () => {
  it.each([
    [
      'The Minister of the Interior is Kwadwo Asantewaa since January 2017.',
      'Ministry of the Interior',
      'Kwadwo Asantewaa',
    ],
    [
      'The Director of the Lakeland Statistics Office is Nomvula Dlamuka since 2019.',
      'Lakeland Statistics Office',
      'Nomvula Dlamuka',
    ],
  ])('"%s"', (sentence, body, name) => {
    const x = extract(`${body}\n\nThe ${body} is a body of Lakeland. ${sentence}\n`, 'page.md');
    expect(triplesOf(x, 'HOLDS_POSITION')).toEqual([`HOLDS_POSITION ${name} -> ${body}`]);
  });
});
