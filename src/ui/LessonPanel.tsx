// The lesson panel: step k of n, the step's title and narration at projector size, its question
// (answered from the run), the "Turn it on" offer for a setting the next step needs, and Next /
// Previous. When the user acts on the run, it says the run has left the script and offers the
// way back. All words come from the catalog.

import { useMemo } from 'react';
import { lessonById } from '../lessons/registry';
import { paramsAtStep, rightChoices } from '../lessons/check';
import type { Choice, Lesson } from '../lessons/types';
import { protocols } from '../protocols/registry';
import { onScript } from '../store/lesson-slice';
import { t } from '../i18n/translate';
import { optionWord, paramLabel } from './value-words';
import { useAppStore } from './store-context';

const choiceLabel = (choice: Choice) => t(choice.key, choice.params);

interface SettingChange {
  label: string;
  /** The new value, as the settings panel shows it: on/off for a switch, the option for a choice. */
  value: unknown;
  kind: 'boolean' | 'other';
}

/** The settings step `index` changes, as the settings panel labels them (empty if none). */
function settingsChangedAt(lesson: Lesson, index: number): SettingChange[] {
  if (index <= 0 || index >= lesson.steps.length) return [];
  const before = paramsAtStep(lesson, index - 1);
  const after = paramsAtStep(lesson, index);
  const specs = protocols[lesson.protocol].params;
  return Object.keys(after)
    .filter((name) => after[name] !== before[name])
    .map((name) => {
      const spec = specs.find((s) => s.name === name);
      return { label: spec ? paramLabel(lesson.protocol, spec) : name, value: after[name], kind: spec?.kind === 'boolean' ? 'boolean' : 'other' };
    });
}

/** "turns on “PreVote”", "sets “Termination protocol” to “cooperative”". */
function changeText(change: SettingChange): string {
  if (change.kind === 'boolean') return t(change.value ? 'lessonPanel.turnsOn' : 'lessonPanel.turnsOff', { setting: change.label });
  return t('lessonPanel.sets', { setting: change.label, value: typeof change.value === 'string' ? optionWord(change.value) : String(change.value) });
}

const rightCache = new WeakMap<Lesson, Map<number, number[]>>();

/** The right choices of a step's question (computed from the run once, then remembered). */
function rightChoicesCached(lesson: Lesson, step: number): number[] {
  let byStep = rightCache.get(lesson);
  if (!byStep) rightCache.set(lesson, (byStep = new Map()));
  let right = byStep.get(step);
  if (!right) byStep.set(step, (right = rightChoices(lesson, step)));
  return right;
}

export function LessonPanel() {
  const progress = useAppStore((s) => s.lesson);
  const scripted = useAppStore((s) => onScript(s));
  const goToStep = useAppStore((s) => s.goToStep);
  const answerQuestion = useAppStore((s) => s.answerQuestion);
  const backToLesson = useAppStore((s) => s.backToLesson);
  const closeLesson = useAppStore((s) => s.closeLesson);
  const lesson = progress ? lessonById(progress.id) : undefined;
  const stepIndex = progress?.step ?? 0;
  const right = useMemo(() => (lesson && lesson.steps[stepIndex]?.question ? rightChoicesCached(lesson, stepIndex) : []), [lesson, stepIndex]);
  if (!progress || !lesson) return null;
  const step = lesson.steps[stepIndex];
  const count = lesson.steps.length;
  const answer = progress.answers[stepIndex];
  const nextChanges = settingsChangedAt(lesson, stepIndex + 1);
  const isLast = stepIndex === count - 1;
  return (
    <section className="lesson-panel" role="region" aria-label={t('lessonPanel.region')}>
      <div className="lesson-head">
        <span className="lesson-name" title={t(lesson.titleKey)}>
          {t(lesson.titleKey)}
        </span>
        <button type="button" className="small" onClick={closeLesson} aria-label={t('lessonPanel.close')} title={t('lessonPanel.close')}>
          ✕
        </button>
      </div>
      <div className="lesson-nav">
        <span className="lesson-progress">{t('lessonPanel.progress', { k: stepIndex + 1, n: count })}</span>
        <button type="button" onClick={() => goToStep(stepIndex - 1)} disabled={stepIndex === 0} aria-label={t('lessonPanel.previous')}>
          <span aria-hidden="true">← </span>
          {t('lessonPanel.previousShort')}
        </button>
        <button type="button" className="primary" onClick={() => goToStep(stepIndex + 1)} disabled={isLast} aria-label={t('lessonPanel.next')}>
          {t('lessonPanel.nextShort')}
          <span aria-hidden="true"> →</span>
        </button>
      </div>
      {!scripted && (
        <div className="off-script" role="status">
          <span>{t('lessonPanel.offScript')}</span>
          <button type="button" className="primary" onClick={backToLesson}>
            {t('lessonPanel.backToLesson')}
          </button>
        </div>
      )}
      <h2 className="lesson-step-title">{t(`${step.key}.title`)}</h2>
      <p className="lesson-narration">{t(`${step.key}.text`)}</p>
      {isLast && <p className="lesson-done">{t('lessonPanel.done')}</p>}
      {step.question && (
        <fieldset className="lesson-question">
          <legend>{t(step.question.key)}</legend>
          <div className="choices">
            {step.question.choices.map((choice, i) => {
              const picked = answer === i;
              const mark = answer === undefined ? '' : right.includes(i) ? ' right' : picked ? ' wrong' : '';
              return (
                <button key={i} type="button" className={`choice${mark}`} aria-pressed={picked} disabled={answer !== undefined && !picked} onClick={() => answerQuestion(i)}>
                  {choiceLabel(choice)}
                </button>
              );
            })}
          </div>
          {answer !== undefined && (
            <p className={`feedback ${right.includes(answer) ? 'right' : 'wrong'}`} role="status">
              {right.includes(answer)
                ? t('lessonPanel.right', { answer: choiceLabel(step.question.choices[answer]) })
                : t('lessonPanel.wrong', { answer: right.map((i) => choiceLabel(step.question!.choices[i])).join(', ') })}
            </p>
          )}
        </fieldset>
      )}
      {nextChanges.length > 0 && (
        <div className="turn-on">
          <span>{t('lessonPanel.nextStepChanges', { changes: nextChanges.map(changeText).join('; ') })}</span>
          <button type="button" className="primary" onClick={() => goToStep(stepIndex + 1)}>
            {t(nextChanges.every((c) => c.kind === 'boolean' && c.value === true) ? 'lessonPanel.turnOn' : 'lessonPanel.changeIt')}
          </button>
        </div>
      )}
    </section>
  );
}
