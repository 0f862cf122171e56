// Every lesson speaks both languages: its title, each step's title and narration, each question
// and each choice have English and Chinese text, the Chinese is not the English left in place
// (except pure names such as "S3" or "v=A"), and the Chinese keeps the English's facts as far as
// a machine can see them: the same placeholders, node names, numbers and message type names
// (a glossary term such as PreVote may be said in Chinese instead).

import { describe, expect, test } from 'vitest';
import { LESSONS } from '../../src/lessons/library';
import type { Lesson } from '../../src/lessons/types';
import { addWords, ownText } from '../../src/i18n/translate';
import { zhCN } from '../../src/i18n/zh-CN';
import { readGlossary } from '../i18n/glossary-table';

// The page adds the Chinese catalog (titles included) when it switches to Chinese; the library
// added the lessons' own words in both languages when it loaded.
addWords(zhCN, 'zh-CN');

/** Every text a lesson shows: [key, what it is]. */
function textsOf(lesson: Lesson): [string, string][] {
  const texts: [string, string][] = [[lesson.titleKey, 'title']];
  lesson.steps.forEach((step, i) => {
    texts.push([`${step.key}.title`, `step ${i + 1} title`], [`${step.key}.text`, `step ${i + 1} narration`]);
    if (step.question) {
      texts.push([step.question.key, `step ${i + 1} question`]);
      for (const choice of step.question.choices) texts.push([choice.key, `step ${i + 1} choice`]);
    }
  });
  return texts;
}

const glossary = readGlossary();

/** Glossary terms written in CamelCase in English (PreVote, CheckQuorum) and their Chinese. */
const CAMEL_TERMS = new Map(glossary.flatMap((row) => row.english.filter((form) => /^[A-Z][a-z]+[A-Z]/.test(form)).map((form) => [form, row.chinese] as const)));

const placeholders = (text: string) => [...new Set(text.match(/\{\{\w+\}\}/g) ?? [])].sort();
const nodeNames = (text: string) => [...new Set(text.match(/\bS\d+\b/g) ?? [])].sort();
const numbers = (text: string) => [...new Set(text.replace(/\{\{\w+\}\}|\bS\d+\b/g, '').match(/\d+(?:\.\d+)*/g) ?? [])].sort();
const camelNames = (text: string) => [...new Set(text.match(/\b[A-Z][a-z]+(?:[A-Z][a-z]*)+\b/g) ?? [])];

/**
 * A text that is only names and values, the same in every language: placeholders, S<n>, x=1, v=A,
 * v5, protocol and message type names ("3PC: CanCommit, PreCommit, DoCommit").
 */
const isPureName = (text: string) =>
  !/[A-Za-z]{2,}/.test(text.replace(/\{\{\w+\}\}|\bS\d+\b|\b\w+=\w+\b|\bv\d+\b|\b[23]PC\b|\b[A-Z][a-z]+(?:[A-Z][a-z]*)+\b/g, ''));

/** What is wrong with one text's two languages (empty when nothing is). */
export function languageProblems(key: string, en: string | undefined, zh: string | undefined): string[] {
  if (!en?.trim()) return [`${key}: no English`];
  if (!zh?.trim()) return [`${key}: no Chinese`];
  const problems: string[] = [];
  if (!isPureName(en) && (zh === en || !/[\u4e00-\u9fff]/.test(zh))) problems.push(`${key}: the Chinese is not Chinese: ${zh}`);
  const same = (what: string, of: (text: string) => string[]) => {
    const a = of(en).join(' ');
    const b = of(zh).join(' ');
    if (a !== b) problems.push(`${key}: ${what} differ: en [${a}], zh [${b}]`);
  };
  same('placeholders', placeholders);
  same('node names', nodeNames);
  same('numbers', numbers);
  for (const name of camelNames(en)) {
    if (!zh.includes(name) && !(CAMEL_TERMS.get(name) ?? []).some((word) => zh.includes(word))) problems.push(`${key}: ${name} is missing`);
  }
  return problems;
}

describe('every lesson in English and Chinese', () => {
  test('the lessons have texts to check', () => {
    expect(LESSONS.length).toBe(20);
    expect(LESSONS.flatMap(textsOf).length).toBeGreaterThan(250);
  });

  test.each(LESSONS.map((lesson) => [lesson.id, lesson] as const))('%s: title, narration, questions and choices in both languages', (_id, lesson) => {
    const problems = textsOf(lesson).flatMap(([key, what]) => languageProblems(key, ownText(key, 'en'), ownText(key, 'zh-CN')).map((p) => `${what}: ${p}`));
    expect(problems).toEqual([]);
  });

  test('the check fails on a bad sample', () => {
    expect(languageProblems('k', 'S5 becomes a candidate', undefined)).toEqual(['k: no Chinese']);
    expect(languageProblems('k', 'S5 becomes a candidate', ' ')).toEqual(['k: no Chinese']);
    expect(languageProblems('k', 'S5 becomes a candidate', 'S5 becomes a candidate')).toEqual(['k: the Chinese is not Chinese: S5 becomes a candidate']);
    expect(languageProblems('k', 'S3 crashed at 300 ms.', 'S2 崩溃了。')).toEqual(['k: node names differ: en [S3], zh [S2]', 'k: numbers differ: en [300], zh []']);
    expect(languageProblems('k', 'S{{node}} sends AppendEntries', 'S{{from}} 发送追加日志条目')).toEqual([
      'k: placeholders differ: en [{{node}}], zh [{{from}}]',
      'k: AppendEntries is missing',
    ]);
    // Names need no translation; the PreVote setting may be called 预投票.
    expect(languageProblems('k', 'S{{node}}', 'S{{node}}')).toEqual([]);
    expect(languageProblems('k', '{{value}}', '{{value}}')).toEqual([]);
    expect(languageProblems('k', 'PreVote is off.', '预投票已关闭。')).toEqual([]);
    expect(languageProblems('k', '3PC: CanCommit, PreCommit', '3PC：CanCommit、PreCommit')).toEqual([]);
    expect(languageProblems('k', '3PC: CanCommit, PreCommit', '3PC：CanCommit')).toEqual(['k: PreCommit is missing']);
  });
});
